package bulletin.launcher;

import bulletin.assembler.AssemblerMain;
import bulletin.classifier.ClassifierMain;
import bulletin.collector.CollectorMain;
import bulletin.classifier.train.Corpus;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import bulletin.testkit.EmbeddedKafka;
import bulletin.testkit.RecordedSite;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's figures in one run on one embedded broker, so that the ratios hold on a noisy
 * machine: a passthrough baseline (a plain consumer → producer copy with the classifier's
 * guarantees: read_committed, the consumer's offsets in the producer's transaction); raw → draft
 * with the classifier and the assembler each in its own JVM, as ops run them; the classifier
 * alone; the collector's memory over the shipped sources' recorded pages; and what a draft update
 * costs as an issue's candidates grow. The last line is the classifier/passthrough ratio.
 */
final class Bench {
  private static final Topic<byte[], byte[]> PASSTHROUGH =
      new Topic<>("bench.passthrough", Serdes.ByteArray(), Serdes.ByteArray(), false);
  private static final Duration STAGE = Duration.ofMinutes(2);
  /** Partitions of every topic: the classifier's two stream threads (its default) take one each. */
  private static final int PARTITIONS = 2;
  private static final List<Integer> CANDIDATES = List.of(1_000, 10_000, 100_000);

  private final PrintStream out;
  private final Path home;
  private final int items;

  Bench(PrintStream out, Path home, int items) {
    this.out = out;
    this.home = home;
    this.items = items;
  }

  void run() throws Exception {
    Path work = Files.createTempDirectory("bulletin-bench-");
    out.print("starting an embedded Kafka broker… ");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      String bootstrap = kafka.bootstrapServers();
      out.println("ready");
      List<Topic<?, ?>> topics = new ArrayList<>(Topics.ALL);
      topics.add(PASSTHROUGH);
      TopicAdmin.ensure(bootstrap, topics, PARTITIONS, (short) 1);
      List<LabelledExample> corpus = Corpus.read(home.resolve("classifier/corpus/train.jsonl"));

      long t0 = System.nanoTime();
      produce(bootstrap, SyntheticItems.make(corpus, items, 7));
      double produce = seconds(t0);
      out.printf("produced %d distinct announcements to %s in %.1f s%n", items, Topics.ANNOUNCEMENTS_RAW.name(), produce);

      double copy = passthrough(bootstrap);
      out.printf("passthrough copied them in %.1f s from its first record%n", copy);

      out.println("raw → draft: the classifier and the assembler, each in its own JVM…");
      double toDraft;
      long classifierRss;
      long assemblerRss;
      try (ServiceProcess classifier = service("classifier", ClassifierMain.class, bootstrap, work, "bench-pipeline-classifier");
          ServiceProcess assembler = service("assembler", AssemblerMain.class, bootstrap, work, "bench-assembler")) {
        toDraft = awaitDraftOf(bootstrap, items, List.of(classifier, assembler));
        classifierRss = classifier.peakRssMiB();
        assemblerRss = assembler.peakRssMiB();
      }
      out.printf("the draft held all %d items %.1f s after the first draft%n", items, toDraft);

      out.println("the classifier alone, in its own JVM, from the start of announcements.raw…");
      Map<TopicPartition, Long> from = ends(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name());
      double classify;
      long aloneRss;
      try (ServiceProcess classifier = service("classifier", ClassifierMain.class, bootstrap, work, "bench-classifier")) {
        classify = awaitCount(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name(), from, items, classifier);
        aloneRss = classifier.peakRssMiB();
      }
      out.printf("classifier classified them in %.1f s from its first output%n", classify);

      out.println("the collector, in its own JVM, over the shipped sources' recorded pages…");
      long collectorRss;
      double collect;
      try (RecordedSite site = RecordedSite.start()) {
        long c0 = System.nanoTime();
        ServiceProcess collector = ServiceProcess.start("collector", CollectorMain.class.getName(), List.of("once",
            "--set", "kafka.bootstrap=" + bootstrap, "--set", "sources.dir=" + home.resolve("sources"),
            "--set", "fetch.replay-base=" + site.base(), "--set", "fetch.allow-loopback=true", "--set", "fetch.delay=0s",
            "--set", "collector.instance=bench-collector", "--set", "metrics.port=-1"), work.resolve("collector.log"));
        collector.await(STAGE.toMinutes());
        collect = seconds(c0);
        collectorRss = collector.peakRssMiB();
        collector.close();
      }

      out.println("draft update cost as the candidates grow (in this JVM)…");
      List<DraftUpdateCost.Row> rows = new ArrayList<>();
      for (int n : CANDIDATES) {
        rows.add(DraftUpdateCost.measure(corpus, n));
      }

      out.println();
      out.printf("%-34s %8s %9s %11s %13s%n", "stage", "items", "seconds", "items/s", "peak RSS MiB");
      out.printf("%-34s %8d %9.1f %11.0f %13s%n", "produce (idempotent, acks=all)", items, produce, items / produce, "-");
      out.printf("%-34s %8d %9.1f %11.0f %13s%n", "passthrough (transactional)", items, copy, items / copy, "-");
      out.printf("%-34s %8d %9.1f %11.0f %13s%n", "raw → draft (classifier+assembler)", items, toDraft, items / toDraft,
          classifierRss + " + " + assemblerRss);
      out.printf("%-34s %8d %9.1f %11.0f %13d%n", "classifier alone (exactly-once)", items, classify, items / classify,
          aloneRss);
      out.printf("%-34s %8s %9.1f %11s %13d%n", "collector once (13 recorded sources)", "-", collect, "-", collectorRss);
      out.println();
      out.printf("%-34s %18s %18s%n", "draft update", "first draft s", "one update ms");
      for (DraftUpdateCost.Row r : rows) {
        out.printf("%-34s %18.2f %18.1f%n", String.format("%,d candidates", r.candidates()), r.firstDraftSeconds(),
            r.updateMillis());
      }
      out.println();
      out.printf("classifier/passthrough throughput ratio: %.2f%n", copy / classify);
    } finally {
      try (var walk = Files.walk(work)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A streams service's {@code run} in its own JVM, with its own application id and state. */
  private static ServiceProcess service(String name, Class<?> main, String bootstrap, Path work, String applicationId)
      throws java.io.IOException {
    List<String> args = new ArrayList<>(List.of("run", "--set", "kafka.bootstrap=" + bootstrap,
        "--set", "streams.application-id=" + applicationId, "--set", "streams.state-dir=" + work.resolve(applicationId),
        "--set", "topics.replication=1", "--set", "metrics.port=-1"));
    if (main == AssemblerMain.class) {
      args.addAll(List.of("--set", "review.port=-1"));
    }
    return ServiceProcess.start(name, main.getName(), args, work.resolve(applicationId + ".log"));
  }

  private static void produce(String bootstrap, List<Announcement> items) throws Exception {
    var raw = Topics.ANNOUNCEMENTS_RAW;
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 10),
        raw.keySerde().serializer(), raw.valueSerde().serializer())) {
      for (Announcement a : items) {
        producer.send(new ProducerRecord<>(raw.name(), a.id(), a));
      }
      producer.flush();
    }
  }

  /**
   * A plain consumer → producer copy with the classifier's guarantees: read_committed, offsets in
   * the transaction. Returns the seconds from the first record read to the last committed.
   */
  private double passthrough(String bootstrap) {
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG, "bench-passthrough", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-passthrough", ProducerConfig.ACKS_CONFIG, "all"),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      consumer.subscribe(List.of(Topics.ANNOUNCEMENTS_RAW.name()));
      int copied = 0;
      long first = 0;
      long deadline = System.nanoTime() + STAGE.toNanos();
      while (copied < items && System.nanoTime() < deadline) {
        var records = consumer.poll(Duration.ofMillis(200));
        if (records.isEmpty()) {
          continue;
        }
        if (first == 0) {
          first = System.nanoTime();
        }
        producer.beginTransaction();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (var r : records) {
          producer.send(new ProducerRecord<>(PASSTHROUGH.name(), r.key(), r.value()));
          offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
          copied++;
        }
        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
        producer.commitTransaction();
      }
      if (copied < items) {
        throw new IllegalStateException("the passthrough copied " + copied + " of " + items + " records in "
            + STAGE.toMinutes() + " min");
      }
      return seconds(first);
    }
  }

  /** Waits for a draft that considered {@code count} items; the seconds from the first draft to it. */
  private static double awaitDraftOf(String bootstrap, int count, List<ServiceProcess> services) {
    var drafts = Topics.BULLETIN_DRAFTS;
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.GROUP_ID_CONFIG, "bench-drafts",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), drafts.keySerde().deserializer(),
        drafts.valueSerde().deserializer())) {
      consumer.subscribe(List.of(drafts.name()));
      long first = 0;
      long deadline = System.nanoTime() + STAGE.toNanos();
      while (System.nanoTime() < deadline) {
        services.forEach(ServiceProcess::requireAlive);
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          if (first == 0) {
            first = System.nanoTime();
          }
          if (r.value() != null && r.value().considered() >= count) {
            return seconds(first);
          }
        }
      }
      throw new IllegalStateException("no draft held all " + count + " items after " + STAGE.toMinutes() + " min");
    }
  }

  private static Map<TopicPartition, Long> ends(String bootstrap, String topic) {
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      return consumer.endOffsets(partitions);
    }
  }

  /** Waits for {@code count} records after {@code from} on {@code topic}; the seconds from the first to the last. */
  private static double awaitCount(String bootstrap, String topic, Map<TopicPartition, Long> from, int count,
      ServiceProcess service) {
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(from.keySet());
      from.forEach(consumer::seek);
      int seen = 0;
      long first = 0;
      long deadline = System.nanoTime() + STAGE.toNanos();
      while (seen < count) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(topic + " has " + seen + " of " + count + " records after " + STAGE.toMinutes()
              + " min");
        }
        service.requireAlive();
        int n = consumer.poll(Duration.ofMillis(200)).count();
        if (n > 0 && first == 0) {
          first = System.nanoTime();
        }
        seen += n;
      }
      return seconds(first);
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

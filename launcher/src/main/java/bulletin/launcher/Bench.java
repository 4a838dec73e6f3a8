package bulletin.launcher;

import bulletin.classifier.ClassifierMain;
import bulletin.classifier.train.Corpus;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import bulletin.testkit.EmbeddedKafka;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * Throughput of the classifier stage against a passthrough baseline on the same broker in one
 * run, so that the ratio holds on a noisy machine: the passthrough copies announcements.raw to
 * another topic with the same guarantees (read_committed, transactions with the offsets), the
 * classifier classifies the same records exactly-once.
 */
final class Bench {
  private static final Topic<byte[], byte[]> PASSTHROUGH =
      new Topic<>("bench.passthrough", Serdes.ByteArray(), Serdes.ByteArray(), false);

  private final PrintStream out;
  private final Path home;
  private final int items;

  Bench(PrintStream out, Path home, int items) {
    this.out = out;
    this.home = home;
    this.items = items;
  }

  void run() throws Exception {
    Path stateDir = Files.createTempDirectory("bulletin-bench-");
    out.print("starting an embedded Kafka broker… ");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      String bootstrap = kafka.bootstrapServers();
      out.println("ready");
      List<Topic<?, ?>> topics = new ArrayList<>(Topics.ALL);
      topics.add(PASSTHROUGH);
      TopicAdmin.ensure(bootstrap, topics, 1, (short) 1);

      long t0 = System.nanoTime();
      produce(bootstrap, synthetic());
      double produce = seconds(t0);
      out.printf("produced %d announcements to %s in %.1f s%n", items, Topics.ANNOUNCEMENTS_RAW.name(), produce);

      double copy = passthrough(bootstrap);
      out.printf("passthrough copied them in %.1f s from its first record%n", copy);

      long start = System.nanoTime();
      Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
          "streams.application-id", "bench-classifier", "streams.state-dir", stateDir.toString(), "topics.replication", "1"));
      double classify;
      try (StreamsApp classifier = ClassifierMain.start(settings)) {
        classify = awaitCount(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name(), items, Duration.ofMinutes(4));
      }
      out.printf("classifier classified them in %.1f s from its first output (%.1f s with start-up)%n", classify,
          seconds(start));

      var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      out.println();
      out.printf("%-28s %8s %9s %11s%n", "stage", "items", "seconds", "items/s");
      out.printf("%-28s %8d %9.1f %11.0f%n", "produce (idempotent, acks=all)", items, produce, items / produce);
      out.printf("%-28s %8d %9.1f %11.0f%n", "passthrough (transactional)", items, copy, items / copy);
      out.printf("%-28s %8d %9.1f %11.0f%n", "classifier (exactly-once)", items, classify, items / classify);
      out.printf("heap used at the end: %d MiB of %d MiB (broker, classifier and bench in one JVM)%n",
          heap.getUsed() >> 20, heap.getMax() >> 20);
      out.printf("classifier/passthrough throughput ratio: %.2f%n", copy / classify);
    } finally {
      try (var walk = Files.walk(stateDir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Items made from the labelled corpus, each with its own id, all published in March 2021. */
  private List<Announcement> synthetic() {
    List<LabelledExample> corpus = Corpus.read(home.resolve("classifier/corpus/train.jsonl"));
    List<Announcement> out = new ArrayList<>(items);
    Instant now = Instant.now();
    for (int i = 0; i < items; i++) {
      LabelledExample e = corpus.get(i % corpus.size());
      out.add(new Announcement(1, "bench-" + i, "https://bench.example.gov.cn/" + i + ".html", "bench",
          e.sourceName() == null ? "科技部" : e.sourceName(), e.sourceLevel() == null ? bulletin.common.record.SourceLevel.NATIONAL
              : e.sourceLevel(), e.title(), "2021-03-" + String.format("%02d", 1 + i % 25), now, e.text(), List.of(),
          "h" + i, 1, null));
    }
    return out;
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
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
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
        throw new IllegalStateException("the passthrough copied " + copied + " of " + items + " records in 4 minutes");
      }
      return seconds(first);
    }
  }

  /** Waits for {@code count} records on {@code topic}; returns the seconds from the first to the last. */
  private static double awaitCount(String bootstrap, String topic, int count, Duration timeout) {
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.GROUP_ID_CONFIG, "bench-count-" + topic,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      int seen = 0;
      long first = 0;
      long deadline = System.nanoTime() + timeout.toNanos();
      while (seen < count) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(topic + " has " + seen + " of " + count + " records after " + timeout.toMinutes() + " min");
        }
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

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
import bulletin.testkit.ChildJvm;
import bulletin.testkit.EmbeddedKafka;
import bulletin.testkit.RecordedSite;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's figures in one run on one embedded broker, so that the ratios hold on a noisy
 * machine: a passthrough baseline (a streams copy with the classifier's settings: exactly-once,
 * its threads, batching, compression and commit interval); raw → draft
 * with the classifier and the assembler each in its own JVM, as ops run them; the classifier
 * alone; the collector's memory over the shipped sources' written pages; and what a draft update
 * costs as an issue's candidates grow. The last two lines are the raw→draft/passthrough and the
 * classifier/passthrough ratios.
 */
final class Bench {
  private static final Topic<byte[], byte[]> PASSTHROUGH =
      new Topic<>("bench.passthrough", Serdes.ByteArray(), Serdes.ByteArray(),
          bulletin.common.kafka.Keeping.forDays(1, "benchmark records, on a broker that lives one run"));
  /** How long a stage may go without progress before the bench gives up on it. */
  private static final Duration STALL = Duration.ofMinutes(2);
  /** How long the collector's one poll of the shipped sources' written pages may take (it takes seconds). */
  private static final Duration COLLECTOR_ONCE = Duration.ofMinutes(2);
  /** How often a long stage says how far it is. */
  private static final Duration PROGRESS = Duration.ofSeconds(15);
  /** Partitions of every topic: the classifier's two stream threads (its default) take one each. */
  private static final int PARTITIONS = 2;
  /** Rounds of the passthrough and of the classifier alone; each stage's best counts. */
  private static final int ROUNDS = 2;

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
      appendTimes(bootstrap, List.of(PASSTHROUGH.name(), Topics.ANNOUNCEMENTS_CLASSIFIED.name()));
      List<LabelledExample> corpus = Corpus.read(home.resolve("classifier/corpus/train.jsonl")).stream()
          .map(bulletin.classifier.train.Labelled::example).toList();

      long t0 = System.nanoTime();
      produce(bootstrap, SyntheticItems.make(corpus, items, 7));
      double produce = seconds(t0);
      out.printf("produced %d distinct announcements to %s in %.1f s%n", items, Topics.ANNOUNCEMENTS_RAW.name(), produce);

      Throughput copy = passthrough(bootstrap, work, "bench-passthrough-1");
      out.printf("passthrough, in its own JVM, copied them in %.1f s from its first output, %.0f/s steadily%n",
          copy.seconds(), copy.steadyPerSecond());

      out.println("raw → draft: the classifier and the assembler, each in its own JVM…");
      double toDraft;
      long classifierRss;
      long assemblerRss;
      try (ChildJvm classifier = service("classifier", ClassifierMain.class, bootstrap, work, "bench-pipeline-classifier");
          ChildJvm assembler = service("assembler", AssemblerMain.class, bootstrap, work, "bench-assembler")) {
        toDraft = awaitDraftOf(bootstrap, items, List.of(classifier, assembler));
        classifierRss = classifier.peakRssMiB();
        assemblerRss = assembler.peakRssMiB();
      }
      out.printf("the draft held all %d items %.1f s after the first draft%n", items, toDraft);

      // The two stages alone, twice each and in turn, so that a burst of noise on the machine
      // does not decide the ratio: each stage's best round counts.
      Throughput classify = null;
      long aloneRss = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        out.printf("round %d of %d: the classifier alone, in its own JVM, from the start of announcements.raw…%n", round,
            ROUNDS);
        Map<TopicPartition, Long> from = ends(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name());
        try (ChildJvm classifier = service("classifier", ClassifierMain.class, bootstrap, work,
            "bench-classifier-" + round)) {
          Throughput t = awaitCount(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name(), from, items, classifier);
          out.printf("  classified them in %.1f s from its first output, %.0f/s steadily%n", t.seconds(),
              t.steadyPerSecond());
          if (classify == null || t.steadyPerSecond() > classify.steadyPerSecond()) {
            classify = t;
          }
          aloneRss = Math.max(aloneRss, classifier.peakRssMiB());
        }
        if (round < ROUNDS) {
          Throughput t = passthrough(bootstrap, work, "bench-passthrough-" + (round + 1));
          out.printf("round %d of %d: passthrough copied them in %.1f s, %.0f/s steadily%n", round + 1, ROUNDS,
              t.seconds(), t.steadyPerSecond());
          if (t.steadyPerSecond() > copy.steadyPerSecond()) {
            copy = t;
          }
        }
      }

      out.println("the collector, in its own JVM, over the shipped sources' written pages…");
      long collectorRss;
      double collect;
      try (RecordedSite site = RecordedSite.start()) {
        long c0 = System.nanoTime();
        ChildJvm collector = ChildJvm.start("collector", javaOptions("collector"), CollectorMain.class.getName(), List.of("once",
            "--set", "kafka.bootstrap=" + bootstrap, "--set", "sources.dir=" + home.resolve("sources"),
            "--set", "fetch.replay-base=" + site.base(), "--set", "fetch.allow-loopback=true", "--set", "fetch.delay=0s",
            "--set", "collector.instance=bench-collector", "--set", "metrics.port=-1"), work.resolve("collector.log"));
        collector.await(COLLECTOR_ONCE);
        collect = seconds(c0);
        collectorRss = collector.peakRssMiB();
        collector.close();
      }

      out.println("draft update cost as the candidates grow (in this JVM)…");
      List<DraftUpdateCost.Row> rows = new ArrayList<>();
      for (int n : DraftUpdateCost.CANDIDATES) {
        rows.add(DraftUpdateCost.measure(corpus, n));
      }

      out.println();
      out.printf("%-34s %8s %9s %11s %13s %13s%n", "stage", "items", "seconds", "items/s", "steady /s", "peak RSS MiB");
      out.printf("%-34s %8d %9.1f %11.0f %13s %13s%n", "produce (idempotent, acks=all)", items, produce, items / produce,
          "-", "-");
      out.printf("%-34s %8d %9.1f %11.0f %13.0f %13s%n", "passthrough (as the classifier)", items, copy.seconds(),
          items / copy.seconds(), copy.steadyPerSecond(), "-");
      out.printf("%-34s %8d %9.1f %11.0f %13s %13s%n", "raw → draft (classifier+assembler)", items, toDraft,
          items / toDraft, "-", classifierRss + " + " + assemblerRss);
      out.printf("%-34s %8d %9.1f %11.0f %13.0f %13d%n", "classifier alone (exactly-once)", items, classify.seconds(),
          items / classify.seconds(), classify.steadyPerSecond(), aloneRss);
      out.printf("%-34s %8s %9.1f %11s %13s %13d%n", "collector once (written pages)", "-", collect, "-", "-",
          collectorRss);
      out.println();
      DraftUpdateCost.print(rows, out);
      out.println();
      // raw → draft has no steady rate (drafts are coalesced): its whole rate against the passthrough's.
      out.printf("raw→draft/passthrough throughput ratio: %.2g%n", items / toDraft / (items / copy.seconds()));
      out.printf("classifier/passthrough throughput ratio: %.2g%n", classify.steadyPerSecond() / copy.steadyPerSecond());
    } finally {
      try (var walk = Files.walk(work)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Each service's heap, as {@code ./bulletin} ({@code heap_of}) and docker-compose.yml give it, so
   * that the figures are those of the services as ops run them. The passthrough gets the
   * classifier's, like the rest of its configuration. {@code BENCH_JAVA_OPTIONS} (split at spaces)
   * is added to every service's JVM, e.g. {@code -XX:StartFlightRecording=filename=DIR/} to profile them.
   */
  static final Map<String, List<String>> HEAPS = Map.of(
      "classifier", List.of("-Xms128m", "-Xmx384m"),
      "passthrough", List.of("-Xms128m", "-Xmx384m"),
      "assembler", List.of("-Xms256m", "-Xmx1g"),
      "collector", List.of("-Xms64m", "-Xmx256m"));

  /** The JVM options of service {@code name}: its heap, then {@code BENCH_JAVA_OPTIONS}. */
  static List<String> javaOptions(String name) {
    List<String> options = new ArrayList<>(HEAPS.getOrDefault(name, List.of()));
    String extra = System.getenv("BENCH_JAVA_OPTIONS");
    if (extra != null && !extra.isBlank()) {
      options.addAll(List.of(extra.trim().split("\\s+")));
    }
    return options;
  }

  /** A streams service's {@code run} in its own JVM, with its own application id and state. */
  private static ChildJvm service(String name, Class<?> main, String bootstrap, Path work, String applicationId)
      throws java.io.IOException {
    List<String> args = new ArrayList<>(List.of("run", "--set", "kafka.bootstrap=" + bootstrap,
        "--set", "streams.application-id=" + applicationId, "--set", "streams.state-dir=" + work.resolve(applicationId),
        "--set", "topics.replication=1", "--set", "metrics.port=-1"));
    return ChildJvm.start(name, javaOptions(name), main.getName(), args, work.resolve(applicationId + ".log"));
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
   * The baseline in its own JVM, like the classifier: {@link Passthrough} copies announcements.raw
   * to {@code bench.passthrough} as a streams application with the classifier's settings, measured
   * as the classifier is, by the append times of the records it wrote.
   */
  private Throughput passthrough(String bootstrap, Path work, String id) throws Exception {
    Map<TopicPartition, Long> from = ends(bootstrap, PASSTHROUGH.name());
    try (ChildJvm copier = ChildJvm.start("passthrough", javaOptions("passthrough"), Passthrough.class.getName(),
        List.of(bootstrap, Topics.ANNOUNCEMENTS_RAW.name(), PASSTHROUGH.name(), id, work.resolve(id).toString()),
        work.resolve(id + ".log"))) {
      return awaitCount(bootstrap, PASSTHROUGH.name(), from, items, copier);
    }
  }

  /**
   * Waits for a draft that considered {@code count} items, saying how far the drafts are as it goes;
   * the seconds from the first draft to it.
   */
  private double awaitDraftOf(String bootstrap, int count, List<ChildJvm> services) {
    var drafts = Topics.BULLETIN_DRAFTS;
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.GROUP_ID_CONFIG, "bench-drafts",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), drafts.keySerde().deserializer(),
        drafts.valueSerde().deserializer())) {
      consumer.subscribe(List.of(drafts.name()));
      long first = 0;
      int most = 0;
      Progress progress = new Progress("drafted", count);
      while (!progress.stalled()) {
        services.forEach(ChildJvm::requireAlive);
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          if (first == 0) {
            first = System.nanoTime();
          }
          int considered = r.value() == null ? 0 : r.value().considered();
          if (considered >= count) {
            return seconds(first);
          }
          if (considered > most) {
            most = considered;
            progress.advanced();
          }
        }
        progress.report(most);
      }
      throw new IllegalStateException("no draft held all " + count + " items: the last held " + most + ", and none "
          + "held more for " + STALL.toMinutes() + " min");
    }
  }

  /** Stamps {@code topics}' records with the broker's append time, the clock {@link Throughput} reads. */
  private static void appendTimes(String bootstrap, List<String> topics) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Map<ConfigResource, java.util.Collection<AlterConfigOp>> changes = new java.util.HashMap<>();
      for (String topic : topics) {
        changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
            new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"), AlterConfigOp.OpType.SET)));
      }
      admin.incrementalAlterConfigs(changes).all().get();
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

  /** Waits for {@code count} records after {@code from} on {@code topic}, saying how far it is as it goes. */
  private Throughput awaitCount(String bootstrap, String topic, Map<TopicPartition, Long> from, int count,
      ChildJvm service) {
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(from.keySet());
      from.forEach(consumer::seek);
      int seen = 0;
      Throughput rate = new Throughput(count);
      Progress progress = new Progress("on " + topic, count);
      while (seen < count) {
        if (progress.stalled()) {
          throw new IllegalStateException(topic + " has " + seen + " of " + count + " records, and no more came for "
              + STALL.toMinutes() + " min");
        }
        service.requireAlive();
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          if (seen < count) {
            rate.appended(r.timestamp());
            seen++;
            progress.advanced();
          }
        }
        progress.report(seen);
      }
      return rate;
    }
  }

  /** A long stage's progress: when it last moved, and a line every {@link #PROGRESS} while it runs. */
  private final class Progress {
    private final String what;
    private final int of;
    private final long start = System.nanoTime();
    private long moved = start;
    private long said = start;

    Progress(String what, int of) {
      this.what = what;
      this.of = of;
    }

    void advanced() {
      moved = System.nanoTime();
    }

    boolean stalled() {
      return System.nanoTime() - moved > STALL.toNanos();
    }

    void report(int done) {
      long now = System.nanoTime();
      if (now - said >= PROGRESS.toNanos()) {
        said = now;
        out.printf("  … %d of %d %s (%.0f s)%n", done, of, what, (now - start) / 1e9);
      }
    }
  }

  /**
   * How fast a stage went, by the broker's clock: each output record's append time (the output
   * topics use {@code LogAppendTime} on the bench's broker), in all from the first record to the
   * last, and steadily from the record that passed a fifth of the items to the last, so that the
   * start (connecting, the JIT compiler's warm-up) counts the same for every stage whatever its
   * length. The times a reader sees records at would not do: under exactly-once a stage's output
   * becomes visible a commit (a second) at a time, so a stage that lasts a second or two would be
   * measured by one or two commits, not by its work.
   */
  static final class Throughput {
    private final int items;
    private long[] appended = new long[1024];
    private int seen;

    Throughput(int items) {
      this.items = items;
    }

    /** One output record, appended to its topic at {@code appendMillis}. */
    void appended(long appendMillis) {
      if (seen == appended.length) {
        appended = java.util.Arrays.copyOf(appended, seen * 2);
      }
      appended[seen++] = appendMillis;
    }

    private long[] sorted() {
      long[] t = java.util.Arrays.copyOf(appended, seen);
      java.util.Arrays.sort(t);
      return t;
    }

    double seconds() {
      long[] t = sorted();
      return t.length == 0 ? 0 : (t[t.length - 1] - t[0]) / 1e3;
    }

    double steadyPerSecond() {
      long[] t = sorted();
      int warmAt = Math.min(items / 5, t.length - 1);
      // the records after the one that passed a fifth, over the milliseconds from it to the last
      return (t.length - 1 - warmAt) / Math.max(1e-3, (t[t.length - 1] - t[warmAt]) / 1e3);
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

package bulletin.classifier.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.LabelledExample;
import java.time.Instant;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** The running classifier on a real broker: exactly-once output, and bad records to the dead-letter topic. */
class ClassifierAppIntegrationTest {

  @Test
  void classifiesEachAnnouncementOnceAndSendsGarbageToTheDeadLetterTopic() throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", "classifier-it-" + run, "topics.partitions", "1"));
    byte[] garbage = ("garbage " + run + " 锟斤拷").getBytes(StandardCharsets.UTF_8);
    Announcement first = ClassifierTopologyTest.announcement(run + "-1", "自治区科技厅召开科技兴蒙合作项目视频调度会",
        "3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。");
    Announcement second = ClassifierTopologyTest.announcement(run + "-2", "内蒙古推行“揭榜挂帅”新举措",
        "自治区科技厅发布揭榜挂帅工作实施细则，助力科技兴蒙。");

    try (StreamsApp app = ClassifierMain.start(settings);
        var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      app.awaitRunning(Duration.ofSeconds(60));
      var raw = Topics.ANNOUNCEMENTS_RAW;
      producer.send(new ProducerRecord<>(raw.name(), first.id().getBytes(StandardCharsets.UTF_8),
          raw.valueSerde().serializer().serialize(raw.name(), first)));
      producer.send(new ProducerRecord<>(raw.name(), ("bad-" + run).getBytes(StandardCharsets.UTF_8), garbage));
      producer.send(new ProducerRecord<>(raw.name(), second.id().getBytes(StandardCharsets.UTF_8),
          raw.valueSerde().serializer().serialize(raw.name(), second))).get();

      var classified = Topics.ANNOUNCEMENTS_CLASSIFIED;
      List<ConsumerRecord<String, ClassifiedAnnouncement>> out = TopicRecords.await(bootstrap, classified.name(),
          classified.keySerde().deserializer(), classified.valueSerde().deserializer(),
          rs -> rs.stream().filter(r -> r.key().startsWith(run)).count() >= 2, Duration.ofSeconds(60));
      List<String> ours = out.stream().map(ConsumerRecord::key).filter(k -> k.startsWith(run)).toList();
      assertEquals(List.of(first.id(), second.id()), ours, "each once, in order");

      List<ConsumerRecord<String, byte[]>> dead = TopicRecords.await(bootstrap, Topics.CLASSIFIER_DLQ.name(),
          new StringDeserializer(), new ByteArrayDeserializer(),
          rs -> rs.stream().anyMatch(r -> ("bad-" + run).equals(r.key())), Duration.ofSeconds(30));
      ConsumerRecord<String, byte[]> d = dead.stream().filter(r -> ("bad-" + run).equals(r.key())).findFirst().orElseThrow();
      assertArrayEquals(garbage, d.value(), "the original bytes are kept");
      assertEquals(raw.name(), header(d, "__streams.errors.topic"));
      assertTrue(header(d, "__streams.errors.message").contains("not a valid Announcement"), header(d, "__streams.errors.message"));
      assertTrue(Long.parseLong(header(d, "__streams.errors.offset")) >= 0);
      assertTrue(Integer.parseInt(header(d, "__streams.errors.partition")) >= 0);
    }
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void aCorrectionIsLearnedListedAndUndoneAndStaysUndoneAfterARestart() throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", "classifier-learn-" + run, "topics.partitions", "1"));
    // Items of a source with no column hint: a hint weighs more than one corrected item does.
    Announcement corrected = withoutHint(ClassifierTopologyTest.announcement(run + "-visit",
        "自治区科技厅调研鄂尔多斯应用技术学院科研平台建设" + run,
        "近日，自治区科技厅调研组到鄂尔多斯应用技术学院，调研科研平台建设和科技成果转化工作。"));
    String laterTitle = "自治区科技厅调研鄂尔多斯应用技术学院科研平台" + run;
    String laterText = "自治区科技厅调研组一行到鄂尔多斯应用技术学院调研科研平台工作。";
    int[] copies = {0};
    java.util.function.Supplier<Announcement> later = () -> withoutHint(ClassifierTopologyTest.announcement(
        run + "-later-" + copies[0]++, laterTitle, laterText));

    double before;
    try (StreamsApp app = ClassifierMain.start(settings)) {
      app.awaitRunning(Duration.ofSeconds(60));
      before = classifyOnce(bootstrap, later.get()).scores().get("部门动态");

      // The assembler writes this when an editor moves the item (EditorTeachesClassifierTest runs both).
      var examples = Topics.CLASSIFIER_EXAMPLES;
      try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
          examples.keySerde().serializer(), examples.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(examples.name(), corrected.id(), new LabelledExample(1, corrected.id(),
            corrected.title(), corrected.text(), corrected.sourceName(), corrected.sourceLevel(), "部门动态", "程继东",
            Instant.now()))).get();
      }
      double learned = scoreUntil(bootstrap, later, s -> s > before);
      assertTrue(learned > before, "the correction pulls a similar item towards 部门动态: " + before + " → " + learned);

      String listed = command(bootstrap, "corrections", "list");
      assertTrue(listed.contains(corrected.id() + "  部门动态  程继东"), listed);

      String undone = command(bootstrap, "corrections", "undo", corrected.id());
      assertTrue(undone.contains("undone the correction of item " + corrected.id()), undone);
      double forgotten = scoreUntil(bootstrap, later, s -> s == before);
      assertEquals(before, forgotten, "once undone, the correction no longer influences a later item");
      assertTrue(!command(bootstrap, "corrections", "list").contains(corrected.id()), "an undone correction is not listed");
    }
    try (StreamsApp restarted = ClassifierMain.start(settings)) {
      restarted.awaitRunning(Duration.ofSeconds(60));
      ClassifiedAnnouncement after = classifyOnce(bootstrap, later.get());
      assertEquals(before, after.scores().get("部门动态"),
          "after a restart the undone correction is not learned again");
    }
  }

  @Test
  void undoingAnItemWithNoCorrectionSaysSoAndExitsOne() {
    bulletin.testkit.CommandRun run = bulletin.testkit.CommandRun.of(new ClassifierMain(), "corrections", "undo",
        "no-such-item", "--set", "kafka.bootstrap=" + SharedKafka.bootstrapServers());
    assertEquals(1, run.code(), run.toString());
    assertTrue(run.err().contains("no correction of item no-such-item is in force"), run.toString());
  }

  private static Announcement withoutHint(Announcement a) {
    return new Announcement(a.schema(), a.id(), a.url(), a.sourceId(), a.sourceName(), a.sourceLevel(), a.title(),
        a.publishedAt(), a.fetchedAt(), a.text(), a.attachments(), a.contentHash(), a.revision(), null);
  }

  /** Runs a classifier command against {@code bootstrap} and returns what it printed. */
  private static String command(String bootstrap, String... args) {
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--set", "kafka.bootstrap=" + bootstrap)).toArray(String[]::new);
    bulletin.testkit.CommandRun run = bulletin.testkit.CommandRun.of(new ClassifierMain(), all);
    assertEquals(0, run.code(), run.toString());
    return run.out();
  }

  /** Classifies fresh copies until the 部门动态 score passes {@code test} (corrections arrive asynchronously). */
  private static double scoreUntil(String bootstrap, java.util.function.Supplier<Announcement> copy,
      java.util.function.DoublePredicate test) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    double score = classifyOnce(bootstrap, copy.get()).scores().get("部门动态");
    while (!test.test(score) && System.nanoTime() < deadline) {
      score = classifyOnce(bootstrap, copy.get()).scores().get("部门动态");
    }
    return score;
  }

  private static void send(String bootstrap, Announcement a) throws Exception {
    var raw = Topics.ANNOUNCEMENTS_RAW;
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        raw.keySerde().serializer(), raw.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(raw.name(), a.id(), a)).get();
    }
  }

  private static List<ConsumerRecord<String, ClassifiedAnnouncement>> verdicts(String bootstrap, String id) {
    var t = Topics.ANNOUNCEMENTS_CLASSIFIED;
    return TopicRecords.readToEnd(bootstrap, t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer())
        .stream().filter(r -> id.equals(r.key())).toList();
  }

  /** Sends {@code a} and returns the verdict it gets this time. */
  private static ClassifiedAnnouncement classifyOnce(String bootstrap, Announcement a) throws Exception {
    int before = verdicts(bootstrap, a.id()).size();
    send(bootstrap, a);
    var t = Topics.ANNOUNCEMENTS_CLASSIFIED;
    List<ConsumerRecord<String, ClassifiedAnnouncement>> all = TopicRecords.await(bootstrap, t.name(),
        t.keySerde().deserializer(), t.valueSerde().deserializer(),
        rs -> rs.stream().filter(r -> a.id().equals(r.key())).count() > before, Duration.ofSeconds(60));
    return all.stream().filter(r -> a.id().equals(r.key())).reduce((x, y) -> y).orElseThrow().value();
  }
}

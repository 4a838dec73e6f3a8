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
  void anEditorsExampleTeachesTheRunningClassifierAndSurvivesARestart() throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", "classifier-learn-" + run, "topics.partitions", "1"));
    Announcement first = ClassifierTopologyTest.announcement(run + "-visit", "自治区科技厅调研鄂尔多斯应用技术学院科研平台建设" + run,
        "近日，自治区科技厅调研组到鄂尔多斯应用技术学院，调研科研平台建设和科技成果转化工作。");
    Announcement similar = ClassifierTopologyTest.announcement(run + "-later", "自治区科技厅调研鄂尔多斯应用技术学院科研平台" + run,
        "自治区科技厅调研组一行到鄂尔多斯应用技术学院调研科研平台工作。");
    Announcement afterRestart = ClassifierTopologyTest.announcement(run + "-restart", "自治区科技厅到鄂尔多斯应用技术学院调研科研平台建设" + run,
        "自治区科技厅调研组到鄂尔多斯应用技术学院调研。");

    try (StreamsApp app = ClassifierMain.start(settings)) {
      app.awaitRunning(Duration.ofSeconds(60));
      assertEquals("科技兴蒙", classifyOnce(bootstrap, first).section(), "the model's own verdict");

      // The assembler writes this when an editor moves the item (EditorTeachesClassifierTest runs both).
      var examples = Topics.CLASSIFIER_EXAMPLES;
      try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
          examples.keySerde().serializer(), examples.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(examples.name(), first.id(), new LabelledExample(1, first.id(), first.title(),
            first.text(), first.sourceName(), first.sourceLevel(), "部门动态", "程继东", Instant.now()))).get();
      }
      ClassifiedAnnouncement later = classifyUntil(bootstrap, similar, "部门动态");
      assertEquals("部门动态", later.section(), later.reasons().toString());
      assertTrue(later.reasons().get(0).contains("编辑程继东"), later.reasons().toString());
    }
    try (StreamsApp restarted = ClassifierMain.start(settings)) {
      restarted.awaitRunning(Duration.ofSeconds(60));
      ClassifiedAnnouncement c = classifyUntil(bootstrap, afterRestart, "部门动态");
      assertEquals("部门动态", c.section(), "the correction was read back from Kafka: " + c.reasons());
    }
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

  /** Sends {@code a} until it lands in {@code section} (the correction reaches the model asynchronously), or gives up. */
  private static ClassifiedAnnouncement classifyUntil(String bootstrap, Announcement a, String section) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    ClassifiedAnnouncement c = classifyOnce(bootstrap, a);
    while (!section.equals(c.section()) && System.nanoTime() < deadline) {
      c = classifyOnce(bootstrap, a);
    }
    return c;
  }
}

package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.kafka.Keeping;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.TopicReader;
import bulletin.common.kafka.Topics;
import bulletin.testkit.Await;
import bulletin.testkit.CommandRun;
import bulletin.testkit.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records a month old outlive the broker's seven-day default and a broker restart in the topics
 * the pipeline creates, while a topic left at that default loses them: the retention the broker
 * enforces is the one each topic's Keeping chose.
 */
class TopicRetentionTest {
  /** The broker checks retention every 200 ms from its start, instead of every 5 minutes after 30 s. */
  private static final Map<String, String> EAGER_RETENTION = Map.of(
      "log.retention.check.interval.ms", "200", "log.initial.task.delay.ms", "0");
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int RECORDS = 5;

  @Test
  void monthOldRecordsSurviveRetentionChecksAndABrokerRestart(@TempDir Path dir) throws Exception {
    Topic<byte[], byte[]> brokerDefault = new Topic<>("retention-control", Serdes.ByteArray(), Serdes.ByteArray(),
        Keeping.forDays(7, "the broker's default, for comparison"));
    List<Topic<?, ?>> kept = List.of(Topics.ANNOUNCEMENTS_RAW, Topics.ANNOUNCEMENTS_CLASSIFIED, Topics.BULLETIN_EDITS,
        Topics.ASSEMBLER_CARRYOVER, Topics.CLASSIFIER_DLQ, Topics.COLLECTOR_HEALTH);
    List<Topic<?, ?>> all = new ArrayList<>(kept);
    all.add(brokerDefault);
    Instant monthAgo = Instant.now().minus(Duration.ofDays(30));

    Path data = dir.resolve("kafka");
    int port = EmbeddedKafka.freePortPair();
    EmbeddedKafka kafka = EmbeddedKafka.start(data, false, port, EAGER_RETENTION);
    try {
      String bootstrap = kafka.bootstrapServers();
      TopicAdmin.ensure(bootstrap, all, 1, (short) 1);
      try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
          new ByteArraySerializer(), new ByteArraySerializer())) {
        for (Topic<?, ?> t : all) {
          for (int i = 0; i < RECORDS; i++) {
            byte[] key = ("item-" + i).getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(t.name(), 0, monthAgo.toEpochMilli() + i, key, key)).get();
          }
        }
      }
      // The broker's retention check has run: the control topic lost its month-old records.
      awaitLogStart(bootstrap, brokerDefault.name(), RECORDS);

      kafka.close();
      kafka = EmbeddedKafka.start(data, false, port, EAGER_RETENTION);
      bootstrap = kafka.bootstrapServers();

      for (Topic<?, ?> t : kept) {
        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.readToEnd(bootstrap, t.name(),
            new ByteArrayDeserializer(), new ByteArrayDeserializer(), WAIT);
        assertEquals(RECORDS, records.size(), t.name() + " keeps every record");
        assertTrue(records.stream().allMatch(r -> r.timestamp() < Instant.now().minus(Duration.ofDays(7)).toEpochMilli()),
            t.name() + "'s records are a month old");
      }
      assertEquals(0, TopicReader.readToEnd(bootstrap, brokerDefault.name(), new ByteArrayDeserializer(),
          new ByteArrayDeserializer(), WAIT).size(), "the control topic stays emptied");

      CommandRun topics = CommandRun.of(new Launcher(), "ops", "topics", "--bootstrap", bootstrap);
      assertEquals(1, topics.code(), "the topics the test left out are missing: " + topics);
      assertTrue(topics.out().lines().anyMatch(l -> l.startsWith("bulletin.edits") && l.contains("for ever")
          && l.contains("yes")), topics.out());
      assertTrue(topics.out().lines().anyMatch(l -> l.startsWith("announcements.raw") && l.contains("compact")
          && l.contains(" 5 ")), topics.out());
      assertTrue(topics.out().lines().anyMatch(l -> l.startsWith("collector.health") && l.contains("90 days")),
          topics.out());
      assertTrue(topics.out().lines().anyMatch(l -> l.startsWith("bulletin.drafts") && l.contains("missing")),
          topics.out());
    } finally {
      kafka.close();
    }
  }

  @Test
  void opsTopicsWithoutABrokerSaysSoInSeconds() {
    String address = EmbeddedKafka.nowhere();
    CommandRun run = CommandRun.of(new Launcher(), "ops", "topics", "--bootstrap", address);
    assertEquals(1, run.code(), run.toString());
    assertEquals("error: no Kafka broker at " + address + ": start `./bulletin up`, or set KAFKA_BOOTSTRAP",
        run.err().strip());
  }

  private static void awaitLogStart(String bootstrap, String topic, long atLeast) throws Exception {
    TopicPartition p = new TopicPartition(topic, 0);
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      Await.until(topic + " drops its month-old records", WAIT,
          () -> consumer.beginningOffsets(List.of(p)).get(p) >= atLeast);
    }
  }
}

package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.kafka.Keeping;
import bulletin.common.kafka.Replay;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.TopicAdmin;
import bulletin.testkit.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/** `ops replay`: a stopped service's group goes back to the first record at or after a time. */
class ReplayTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aStoppedGroupIsSentBackToTheFirstRecordSinceTheTimeAndARunningOneIsRefused() throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String topic = "replay-test-" + run;
    String group = "replay-group-" + run;
    TopicAdmin.ensure(bootstrap, List.<Topic<?, ?>>of(new Topic<>(topic, Serdes.ByteArray(), Serdes.ByteArray(),
        Keeping.forever("test"))),
        1, (short) 1);
    Instant before = Instant.parse("2021-03-01T00:00:00Z");
    Instant since = Instant.parse("2021-03-10T00:00:00Z");
    try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < 4; i++) {
        long at = (i < 2 ? before : since.plusSeconds(i)).toEpochMilli();
        producer.send(new ProducerRecord<>(topic, 0, at, null, ("item " + i).getBytes(StandardCharsets.UTF_8))).get();
      }
    }
    try (var consumer = consumer(bootstrap, group)) {
      consumer.subscribe(List.of(topic));
      int read = 0;
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (read < 4 && System.nanoTime() < deadline) {
        read += consumer.poll(Duration.ofMillis(200)).count();
      }
      assertEquals(4, read);
      consumer.commitSync();
      IllegalStateException refused = assertThrows(IllegalStateException.class,
          () -> Replay.rewind(bootstrap, group, topic, since, WAIT));
      assertTrue(refused.getMessage().contains("stop the service"), refused.getMessage());
    }

    List<Replay.Moved> moved = Replay.rewind(bootstrap, group, topic, since, WAIT);
    assertEquals(1, moved.size());
    assertEquals(4L, moved.get(0).from());
    assertEquals(2L, moved.get(0).to(), "the first record at or after the time");
    try (var consumer = consumer(bootstrap, group)) {
      consumer.subscribe(List.of(topic));
      List<String> again = new java.util.ArrayList<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (again.size() < 2 && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> again.add(new String(r.value(), StandardCharsets.UTF_8)));
      }
      assertEquals(List.of("item 2", "item 3"), again);
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String group) {
    return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}

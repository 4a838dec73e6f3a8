package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.DeadLetters;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.testkit.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ops dlq` and `ops redrive`: a dead letter is listed with its error and origin, and sent back. */
class DeadLettersTest {

  @Test
  void aDeadLetterIsListedWithItsOriginAndErrorAndCanBeSentBack(@TempDir Path dir) throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    byte[] key = ("dead-" + run).getBytes(StandardCharsets.UTF_8);
    byte[] garbage = ("{\"title\": 半截 " + run).getBytes(StandardCharsets.UTF_8);
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", "classifier-dlq-" + run, "streams.state-dir", dir.toString(), "topics.partitions", "1"));
    try (StreamsApp classifier = ClassifierMain.start(settings);
        var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      classifier.awaitRunning(Duration.ofSeconds(60));
      producer.send(new ProducerRecord<>(Topics.ANNOUNCEMENTS_RAW.name(), key, garbage)).get();

      List<DeadLetters.Letter> ours = awaitLetters(bootstrap, key, 1);
      DeadLetters.Letter letter = ours.get(0);
      assertEquals(Topics.ANNOUNCEMENTS_RAW.name(), letter.sourceTopic());
      assertTrue(letter.error().contains("not a valid Announcement"), letter.error());
      assertArrayEquals(garbage, letter.value());

      int sent = DeadLetters.redrive(bootstrap, Topics.CLASSIFIER_DLQ, letter.offset(), Duration.ofSeconds(30));
      assertTrue(sent >= 1);
      // Still unreadable, so the classifier sends it back to the dead-letter topic: nothing is lost either way.
      assertEquals(2, awaitLetters(bootstrap, key, 2).size());
    }
  }

  private static List<DeadLetters.Letter> awaitLetters(String bootstrap, byte[] key, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<DeadLetters.Letter> ours = List.of();
    while (System.nanoTime() < deadline) {
      ours = DeadLetters.read(bootstrap, Topics.CLASSIFIER_DLQ, Duration.ofSeconds(30)).stream()
          .filter(l -> java.util.Arrays.equals(key, l.key())).toList();
      if (ours.size() >= count) {
        return ours;
      }
    }
    throw new AssertionError("expected " + count + " dead letters, found " + ours.size());
  }
}

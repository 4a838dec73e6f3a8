package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Keeping;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

/** The bench's baseline copies every record, configured as the classifier is. */
class PassthroughTest {
  private static final Keeping TEST_TOPIC = Keeping.forDays(1, "a test's own topic");


  @Test
  void itIsConfiguredAsTheClassifierIs() {
    Properties copy = Passthrough.properties("localhost:9092", "bench-passthrough", "/tmp/p");
    Properties classifier = StreamsApp.properties(Settings.load(ClassifierMain.DEFAULTS, Map.of(
        "kafka.bootstrap", "localhost:9092", "streams.application-id", "bench-passthrough",
        "streams.state-dir", "/tmp/p", "topics.replication", "1")), Topics.CLASSIFIER_DLQ);
    assertEquals(classifier, copy);
  }

  @Test
  void itCopiesEveryRecord() throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String from = "passthrough-from-" + run;
    String to = "passthrough-to-" + run;
    TopicAdmin.ensure(bootstrap, List.<Topic<?, ?>>of(new Topic<>(from, Serdes.ByteArray(), Serdes.ByteArray(), TEST_TOPIC),
        new Topic<>(to, Serdes.ByteArray(), Serdes.ByteArray(), TEST_TOPIC)), 2, (short) 1);
    Set<String> sent = IntStream.range(0, 200).mapToObj(i -> "item " + i).collect(Collectors.toSet());
    try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      for (String s : sent) {
        producer.send(new ProducerRecord<>(from, s.getBytes(StandardCharsets.UTF_8), s.getBytes(StandardCharsets.UTF_8)));
      }
    }
    try (StreamsApp copy = Passthrough.start(bootstrap, from, to, "passthrough-" + run,
        Files.createTempDirectory("passthrough-").toString())) {
      var copied = TopicRecords.await(bootstrap, to, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
          records -> records.size() >= sent.size(), Duration.ofSeconds(180));
      assertEquals(sent, copied.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8))
          .collect(Collectors.toSet()));
    }
  }
}

package bulletin.common.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What a dead-letter topic holds, and sending its records back to where they came from once the
 * cause is fixed. Kafka Streams writes the original key and value with the error and the source
 * topic, partition and offset in {@code __streams.errors.*} headers.
 */
public final class DeadLetters {
  static final String TOPIC = "__streams.errors.topic";
  static final String PARTITION = "__streams.errors.partition";
  static final String OFFSET = "__streams.errors.offset";
  static final String MESSAGE = "__streams.errors.message";
  static final String EXCEPTION = "__streams.errors.exception";

  private DeadLetters() {}

  /** One dead letter, as ops read it. */
  public record Letter(long offset, String sourceTopic, String sourcePartition, String sourceOffset, String error,
      byte[] key, byte[] value) {
    /** The first characters of the value, as text, for a listing. */
    public String preview(int chars) {
      String v = value == null ? "(no value)" : new String(value, UTF_8).replaceAll("\\s+", " ");
      return v.length() > chars ? v.substring(0, chars) + "…" : v;
    }
  }

  /** Every record of the dead-letter topic {@code topic}, oldest first. */
  public static List<Letter> read(String bootstrap, Topic<byte[], byte[]> topic, Duration timeout) {
    List<Letter> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : TopicReader.readToEnd(bootstrap, topic.name(), timeout)) {
      out.add(new Letter(r.offset(), header(r, TOPIC).orElse("?"), header(r, PARTITION).orElse("?"),
          header(r, OFFSET).orElse("?"), header(r, MESSAGE).or(() -> header(r, EXCEPTION)).orElse("(no error recorded)"),
          r.key(), r.value()));
    }
    return out;
  }

  /**
   * Sends the letters at or after {@code fromOffset} back to their source topics, original key and
   * value, and returns how many were sent. The dead-letter topic keeps them; a record that fails
   * again lands there again, with a new offset.
   */
  public static int redrive(String bootstrap, Topic<byte[], byte[]> topic, long fromOffset, Duration timeout) {
    int sent = 0;
    try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
      for (Letter l : read(bootstrap, topic, timeout)) {
        if (l.offset() < fromOffset || l.sourceTopic().equals("?")) {
          continue;
        }
        producer.send(new ProducerRecord<>(l.sourceTopic(), l.key(), l.value()));
        sent++;
      }
      producer.flush();
    }
    return sent;
  }

  private static Optional<String> header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? Optional.empty() : Optional.of(new String(h.value(), UTF_8));
  }
}

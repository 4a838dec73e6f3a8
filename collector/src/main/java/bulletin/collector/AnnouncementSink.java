package bulletin.collector;

import static java.nio.charset.StandardCharsets.UTF_8;

import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.SeenItem;
import bulletin.common.record.SourceHealth;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes announcements, the seen-set and health records to Kafka. An announcement and its seen
 * record go in one transaction, so after a crash an item is either both emitted and remembered,
 * or neither: it is emitted once per canonical URL across restarts.
 */
public final class AnnouncementSink implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;

  public AnnouncementSink(String bootstrap, String transactionalId) {
    producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"),
        new ByteArraySerializer(), new ByteArraySerializer());
    producer.initTransactions();
  }

  /** Emits a new item or revision and remembers it, atomically. */
  public void emit(Announcement a, SeenItem seen) {
    producer.beginTransaction();
    try {
      send(Topics.ANNOUNCEMENTS_RAW.name(), a.id(), a, Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer());
      send(Topics.COLLECTOR_STATE.name(), seen.id(), seen, Topics.COLLECTOR_STATE.valueSerde().serializer());
      producer.commitTransaction();
    } catch (RuntimeException e) {
      producer.abortTransaction();
      throw e;
    }
  }

  /** Remembers a page without emitting an item (a list page's validators). */
  public void remember(List<SeenItem> pages) {
    if (pages.isEmpty()) {
      return;
    }
    producer.beginTransaction();
    try {
      for (SeenItem seen : pages) {
        send(Topics.COLLECTOR_STATE.name(), seen.id(), seen, Topics.COLLECTOR_STATE.valueSerde().serializer());
      }
      producer.commitTransaction();
    } catch (RuntimeException e) {
      producer.abortTransaction();
      throw e;
    }
  }

  /** Publishes how a poll of a source went. */
  public void health(SourceHealth h) {
    producer.beginTransaction();
    try {
      send(Topics.COLLECTOR_HEALTH.name(), h.sourceId(), h, Topics.COLLECTOR_HEALTH.valueSerde().serializer());
      producer.commitTransaction();
    } catch (RuntimeException e) {
      producer.abortTransaction();
      throw e;
    }
  }

  private <V> void send(String topic, String key, V value, Serializer<V> serializer) {
    producer.send(new ProducerRecord<>(topic, key.getBytes(UTF_8),
        serializer.serialize(topic, value)));
  }

  @Override
  public void close() {
    producer.close();
  }
}

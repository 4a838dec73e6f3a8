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
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes announcements, the seen-set and health records to Kafka. An announcement and its seen
 * record go in one transaction, so after a crash an item is either both emitted and remembered,
 * or neither: it is emitted once per canonical URL across restarts.
 */
public final class AnnouncementSink implements AutoCloseable {
  /**
   * How long the broker keeps a transaction open when its producer goes silent. A killed
   * instance's open transaction holds back every read_committed reader of its partitions
   * (the classifier, another instance catching up) until then; one transaction is one item, so
   * 15 s is ample.
   */
  private static final int TRANSACTION_TIMEOUT_MS = 15_000;

  private final KafkaProducer<byte[], byte[]> producer;
  private final String transactionalId;

  public AnnouncementSink(String bootstrap, String transactionalId) {
    this.transactionalId = transactionalId;
    producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, TRANSACTION_TIMEOUT_MS,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"),
        new ByteArraySerializer(), new ByteArraySerializer());
    producer.initTransactions();
  }

  /** Emits a new item or revision and remembers it, atomically. */
  public void emit(Announcement a, SeenItem seen) {
    inTransaction(() -> {
      send(Topics.ANNOUNCEMENTS_RAW.name(), a.id(), a, Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer());
      send(Topics.COLLECTOR_STATE.name(), seen.id(), seen, Topics.COLLECTOR_STATE.valueSerde().serializer());
    });
  }

  /** Remembers a page without emitting an item (a list page's validators). */
  public void remember(List<SeenItem> pages) {
    if (pages.isEmpty()) {
      return;
    }
    inTransaction(() -> pages.forEach(seen ->
        send(Topics.COLLECTOR_STATE.name(), seen.id(), seen, Topics.COLLECTOR_STATE.valueSerde().serializer())));
  }

  /** Publishes how a poll of a source went. */
  public void health(SourceHealth h) {
    inTransaction(() ->
        send(Topics.COLLECTOR_HEALTH.name(), h.sourceId(), h, Topics.COLLECTOR_HEALTH.valueSerde().serializer()));
  }

  private void inTransaction(Runnable sends) {
    try {
      producer.beginTransaction();
      try {
        sends.run();
        producer.commitTransaction();
      } catch (RuntimeException e) {
        if (!fenced(e)) {
          producer.abortTransaction();
        }
        throw e;
      }
    } catch (RuntimeException e) {
      if (fenced(e)) {
        throw new IllegalStateException("another collector started with collector.instance=" + transactionalId
            + ", so this one stops: give each running instance its own collector.instance", e);
      }
      throw e;
    }
  }

  /** Whether a newer producer with the same transactional id has taken over. */
  private static boolean fenced(Throwable e) {
    for (Throwable cur = e; cur != null; cur = cur.getCause()) {
      if (cur instanceof ProducerFencedException) {
        return true;
      }
    }
    return false;
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

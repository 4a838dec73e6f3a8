package bulletin.collector.state;

import bulletin.common.kafka.Topics;
import bulletin.common.record.SeenItem;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's seen-set, rebuilt at start from the compacted {@code collector.state} topic, so
 * a restarted or moved collector knows what it already emitted without any local file.
 */
public final class SeenItems {
  private static final Logger LOG = LoggerFactory.getLogger(SeenItems.class);
  private final Map<String, SeenItem> byId = new HashMap<>();

  /** Reads the state topic from the beginning to its current end. */
  public static SeenItems load(String bootstrap, Duration timeout) {
    SeenItems seen = new SeenItems();
    var topic = Topics.COLLECTOR_STATE;
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!caughtUp(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("reading " + topic.name() + " took longer than " + timeout);
        }
        for (ConsumerRecord<String, SeenItem> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.value() == null) {
            seen.byId.remove(r.key());
          } else {
            seen.byId.put(r.key(), r.value());
          }
        }
      }
    }
    LOG.info("remembered {} items from {}", seen.byId.size(), topic.name());
    return seen;
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  public Optional<SeenItem> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public void remember(SeenItem item) {
    byId.put(item.id(), item);
  }

  public int size() {
    return byId.size();
  }
}

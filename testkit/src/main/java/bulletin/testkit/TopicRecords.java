package bulletin.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads what a topic holds, committed records only, for assertions that wait on a condition. */
public final class TopicRecords {
  private TopicRecords() {}

  /** Every committed record of {@code topic}, from the beginning to the current end. */
  public static <K, V> List<ConsumerRecord<K, V>> readToEnd(String bootstrap, String topic,
      Deserializer<K> keys, Deserializer<V> values) {
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), keys, values)) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<K, V>> out = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("reading " + topic + " to its end took over 30 s");
        }
        consumer.poll(Duration.ofMillis(100)).forEach(out::add);
      }
      return out;
    }
  }

  /**
   * Reads {@code topic} again and again until its records satisfy {@code condition}, failing with
   * what it last saw after {@code timeout}.
   */
  public static <K, V> List<ConsumerRecord<K, V>> await(String bootstrap, String topic, Deserializer<K> keys,
      Deserializer<V> values, Predicate<List<ConsumerRecord<K, V>>> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<K, V>> records = List.of();
    while (System.nanoTime() < deadline) {
      records = readToEnd(bootstrap, topic, keys, values);
      if (condition.test(records)) {
        return records;
      }
      try {
        Thread.sleep(200); // poll interval between reads, not a timing assumption
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    throw new AssertionError("after " + timeout.toSeconds() + " s, " + topic + " holds " + records.size()
        + " records that do not satisfy the condition");
  }
}

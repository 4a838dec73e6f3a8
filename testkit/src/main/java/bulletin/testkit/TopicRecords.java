package bulletin.testkit;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import bulletin.common.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads what a topic holds, committed records only, for assertions that wait on a condition. */
public final class TopicRecords {
  private TopicRecords() {}

  /** Every committed record of {@code topic}, from the beginning to the current end. */
  public static <K, V> List<ConsumerRecord<K, V>> readToEnd(String bootstrap, String topic,
      Deserializer<K> keys, Deserializer<V> values) {
    return TopicReader.readToEnd(bootstrap, topic, keys, values, Duration.ofSeconds(30));
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

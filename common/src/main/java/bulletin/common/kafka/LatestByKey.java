package bulletin.common.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Reads a topic from the beginning to its current end and keeps the latest value of each key. */
public final class LatestByKey {
  private LatestByKey() {}

  /** The latest value per key; a tombstone removes its key. */
  public static <V> Map<String, V> load(String bootstrap, Topic<String, V> topic, Duration timeout) {
    Map<String, V> latest = new HashMap<>();
    for (var r : TopicReader.readToEnd(bootstrap, topic.name(), topic.keySerde().deserializer(),
        topic.valueSerde().deserializer(), timeout)) {
      if (r.value() == null) {
        latest.remove(r.key());
      } else {
        latest.put(r.key(), r.value());
      }
    }
    return latest;
  }
}

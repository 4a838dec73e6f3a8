package bulletin.common.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic's name with the serdes of its keys and values, so producers, consumers, topologies and
 * tests cannot disagree about either, and with how long it keeps its records.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Keeping keeping) {

  /** Topic-level configs to create it with. */
  public Map<String, String> configs() {
    return keeping.configs();
  }

  /** Whether the topic keeps only the latest record per key. */
  public boolean compacted() {
    return "compact".equals(keeping.cleanupPolicy());
  }

  @Override
  public String toString() {
    return name;
  }
}

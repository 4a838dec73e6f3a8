package bulletin.common.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic's name with the serdes of its keys and values, so producers, consumers, topologies and
 * tests cannot disagree about either.
 *
 * @param compacted whether the topic keeps only the latest record per key
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

  /** Topic-level configs to create it with. */
  public Map<String, String> configs() {
    return compacted ? Map.of("cleanup.policy", "compact") : Map.of();
  }

  @Override
  public String toString() {
    return name;
  }
}

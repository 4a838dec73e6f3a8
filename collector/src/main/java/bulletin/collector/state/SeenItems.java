package bulletin.collector.state;

import bulletin.common.kafka.LatestByKey;
import bulletin.common.kafka.Topics;
import bulletin.common.record.SeenItem;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's seen-set and HTTP validators, rebuilt at start from the compacted
 * {@code collector.state} topic, so a restarted or moved collector knows what it already emitted
 * without any local file.
 */
public final class SeenItems {
  private static final Logger LOG = LoggerFactory.getLogger(SeenItems.class);
  private final Map<String, SeenItem> byId = new ConcurrentHashMap<>();

  /** Reads the state topic from the beginning to its current end. */
  public static SeenItems load(String bootstrap, Duration timeout) {
    SeenItems seen = new SeenItems();
    seen.byId.putAll(LatestByKey.load(bootstrap, Topics.COLLECTOR_STATE, timeout));
    LOG.info("remembered {} pages from {}", seen.byId.size(), Topics.COLLECTOR_STATE.name());
    return seen;
  }

  /** An empty seen-set, for dry runs. */
  public static SeenItems empty() {
    return new SeenItems();
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

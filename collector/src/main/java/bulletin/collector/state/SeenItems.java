package bulletin.collector.state;

import bulletin.common.kafka.Topics;
import bulletin.common.record.SeenItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's seen-set and HTTP validators, rebuilt at start from the compacted
 * {@code collector.state} topic, so a restarted or moved collector knows what it already emitted
 * without any local file. {@link #catchUp} reads what other instances have emitted since, so an
 * instance that takes a source over does not emit its items again.
 */
public final class SeenItems implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SeenItems.class);
  private final Map<String, SeenItem> byId = new ConcurrentHashMap<>();
  private final Consumer<String, SeenItem> state;
  private final Duration timeout;

  private SeenItems(Consumer<String, SeenItem> state, Duration timeout) {
    this.state = state;
    this.timeout = timeout;
  }

  /**
   * Reads the state topic through {@code consumer} from the beginning to its current end, and keeps
   * reading it on {@link #catchUp}; closes the consumer if that fails.
   */
  public static SeenItems read(Consumer<String, SeenItem> consumer, Duration timeout) {
    SeenItems seen = new SeenItems(consumer, timeout);
    try {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.COLLECTOR_STATE.name(), timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      seen.catchUp();
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
    LOG.info("remembered {} pages from {}", seen.byId.size(), Topics.COLLECTOR_STATE.name());
    return seen;
  }

  /** An empty seen-set, for dry runs: it has nothing to catch up with. */
  public static SeenItems empty() {
    return new SeenItems(null, Duration.ZERO);
  }

  /**
   * Reads the state topic from where it stopped to its current end: every item emitted and
   * committed until now, by any instance, is then known.
   */
  public synchronized void catchUp() {
    if (state == null) {
      return;
    }
    Map<TopicPartition, Long> end = state.endOffsets(state.assignment(), timeout);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (end.entrySet().stream().anyMatch(e -> state.position(e.getKey(), timeout) < e.getValue())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("reading " + Topics.COLLECTOR_STATE.name() + " to its end took longer than "
            + timeout.toSeconds() + " s");
      }
      state.poll(Duration.ofMillis(200)).forEach(r -> {
        if (r.value() == null) {
          byId.remove(r.key());
        } else {
          byId.put(r.key(), r.value());
        }
      });
    }
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

  @Override
  public void close() {
    if (state != null) {
      state.close();
    }
  }
}

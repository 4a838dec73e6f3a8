package bulletin.collector.assign;

import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceDefinition;
import bulletin.common.ops.Telemetry;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources this collector instance owns. It is a member of the collectors' consumer group on
 * {@code collector.sources}, on a thread of its own so that a slow site never delays the group's
 * heartbeat: Kafka gives it some of the topic's partitions, it reads each from the beginning (no
 * offsets are committed) and keeps the latest record of every source on them, and it drops them
 * when they are taken away. A partition counts once it has been read to where it ended when it
 * was assigned, so a pause is never missed for an older record.
 *
 * <p>A source is polled through {@link #whileOwned}, which holds off the handing over of its
 * partition to another instance until the poll has ended: two instances never poll one source at
 * once, short of one being cut off from the group. A killed instance's sources go to the others
 * after the session timeout.
 */
public final class SourceAssignments implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceAssignments.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final KafkaConsumer<String, ListedSource> consumer;
  private final String instance;
  private final Map<TopicPartition, Partition> partitions = new ConcurrentHashMap<>();
  /** Polls hold it to read (several at once, one per host), a revocation to write: it waits for them. */
  private final ReentrantReadWriteLock handover = new ReentrantReadWriteLock();
  private final Thread thread;
  private volatile boolean closing;
  private volatile RuntimeException failure;

  /** The sources on one owned partition. */
  private static final class Partition {
    final long endWhenAssigned;
    final Map<String, ListedSource> sources = new ConcurrentHashMap<>();
    volatile boolean read;

    Partition(long endWhenAssigned) {
      this.endWhenAssigned = endWhenAssigned;
    }
  }

  private SourceAssignments(KafkaConsumer<String, ListedSource> consumer, String instance) {
    this.consumer = consumer;
    this.instance = instance;
    this.thread = new Thread(this::run, "source-assignments");
    this.thread.setDaemon(true);
  }

  /**
   * Joins {@code group} as {@code instance} (named so in the group, for {@link #owners}), and
   * starts reading the partitions Kafka assigns.
   *
   * @param sessionTimeout how long Kafka waits for a silent member before giving its sources to the others
   */
  public static SourceAssignments join(String bootstrap, String group, String instance, Duration sessionTimeout) {
    KafkaConsumer<String, ListedSource> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.CLIENT_ID_CONFIG, instance,
        // The classic protocol: the session timeout is the member's to choose.
        ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic",
        ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis(),
        ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) sessionTimeout.toMillis() / 3,
        // A rebalance moves only the partitions that change hands; the others are polled on.
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
        ListedSource.TOPIC.keySerde().deserializer(), ListedSource.TOPIC.valueSerde().deserializer());
    SourceAssignments assignments = new SourceAssignments(consumer, instance);
    Gauge.builder("bulletin.collector.sources.owned", assignments, a -> a.snapshot().size())
        .description("sources on the partitions of collector.sources this instance owns, paused ones included")
        .tag("instance", instance)
        .register(Telemetry.registry());
    assignments.thread.start();
    return assignments;
  }

  /** The sources to poll: those this instance owns, neither paused nor disabled, in the order of their ids. */
  public List<SourceDefinition> polled() {
    return owned().values().stream().filter(ListedSource::polled).map(ListedSource::definition).toList();
  }

  /** Whether this instance still takes part in sharing the sources: readiness fails when it stopped. */
  public boolean sharing() {
    return failure == null && thread.isAlive();
  }

  /** Every source this instance owns, by id; an error once this instance has left the group on a failure. */
  public Map<String, ListedSource> owned() {
    if (failure != null) {
      throw new IllegalStateException("instance " + instance + " no longer takes part in sharing the sources: "
          + failure.getMessage(), failure);
    }
    return snapshot();
  }

  private Map<String, ListedSource> snapshot() {
    Map<String, ListedSource> owned = new TreeMap<>();
    partitions.values().stream().filter(p -> p.read).forEach(p -> owned.putAll(p.sources));
    return owned;
  }

  /**
   * Applies {@code poll} to the source's current definition if this instance still owns it and it
   * is to be polled; its partition is not handed over before {@code poll} returns.
   */
  public <T> Optional<T> whileOwned(String sourceId, Function<SourceDefinition, T> poll) {
    handover.readLock().lock();
    try {
      ListedSource s = owned().get(sourceId);
      return s == null || !s.polled() ? Optional.empty() : Optional.of(poll.apply(s.definition()));
    } finally {
      handover.readLock().unlock();
    }
  }

  private void run() {
    try {
      consumer.subscribe(List.of(ListedSource.TOPIC.name()), new Rebalance());
      while (!closing) {
        try {
          consumer.poll(POLL).forEach(this::apply);
        } catch (RecordDeserializationException e) {
          LOG.error("skipping the unreadable record at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
          consumer.seek(e.topicPartition(), e.offset() + 1);
        }
        markRead();
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      failure = e;
      LOG.error("instance {} stops taking part in sharing the sources: {}", instance, e.getMessage(), e);
    } finally {
      partitions.clear();
      consumer.close(); // leaves the group: the sources go to the others at once
    }
  }

  private void apply(ConsumerRecord<String, ListedSource> r) {
    Partition p = partitions.get(new TopicPartition(r.topic(), r.partition()));
    if (p == null) {
      return;
    }
    ListedSource before = r.value() == null ? p.sources.remove(r.key()) : p.sources.put(r.key(), r.value());
    if (p.read && r.value() != null && (before == null || before.paused() != r.value().paused())) {
      LOG.info("{} {}{}", r.value().paused() ? "pausing" : "polling", r.key(),
          r.value().paused() ? " (" + r.value().pause().reason() + ", by " + r.value().pause().by() + ")" : "");
    } else if (p.read && r.value() == null && before != null) {
      LOG.info("{} is no longer listed", r.key());
    }
  }

  private void markRead() {
    boolean changed = false;
    for (var e : partitions.entrySet()) {
      if (!e.getValue().read && consumer.position(e.getKey()) >= e.getValue().endWhenAssigned) {
        e.getValue().read = true;
        changed = true;
      }
    }
    if (changed) {
      logOwned();
    }
  }

  private void logOwned() {
    Map<String, ListedSource> owned = snapshot();
    long paused = owned.values().stream().filter(ListedSource::paused).count();
    LOG.info("instance {} owns {} sources ({} paused) on {} partitions of {}: {}", instance, owned.size(), paused,
        partitions.size(), ListedSource.TOPIC.name(), String.join(", ", owned.keySet()));
  }

  /** Reads newly assigned partitions from the beginning; drops taken ones, after the poll in progress. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
      if (assigned.isEmpty()) {
        return;
      }
      Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
      assigned.forEach(tp -> partitions.put(tp, new Partition(end.get(tp))));
      consumer.seekToBeginning(assigned);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
      if (revoked.isEmpty()) {
        return;
      }
      handover.writeLock().lock(); // waits for a poll in progress, which may be of a source on these partitions
      try {
        drop(revoked);
      } finally {
        handover.writeLock().unlock();
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
      drop(lost); // they may have gone to another instance already: stop at once
    }

    private void drop(Collection<TopicPartition> taken) {
      partitions.keySet().removeAll(taken);
      if (!closing && failure == null) {
        logOwned();
      }
    }
  }

  /**
   * Which instance owns each partition of {@code collector.sources} now, as the group's members
   * are named; empty when no instance of {@code group} runs.
   */
  public static Map<Integer, String> owners(String bootstrap, String group) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
      Map<Integer, String> owners = new HashMap<>();
      admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members().forEach(m ->
          m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(ListedSource.TOPIC.name()))
              .forEach(tp -> owners.put(tp.partition(), m.clientId())));
      return owners;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return Map.of();
      }
      throw new IllegalStateException("cannot describe the consumer group " + group + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while describing the consumer group " + group, e);
    }
  }

  /** Leaves the group, so that the sources go to the other instances at once. */
  @Override
  public void close() {
    closing = true;
    if (thread.isAlive()) {
      consumer.wakeup();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

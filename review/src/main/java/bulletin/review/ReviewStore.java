package bulletin.review;

import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import bulletin.common.kafka.Topics;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.Edit;
import bulletin.common.record.EditResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the review app shows, read from Kafka: the latest draft of each issue, the classified items
 * (for their reasons and the items set aside), every edit (the history of each item), and the
 * assembler's verdict on each edit.
 */
public final class ReviewStore implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewStore.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
  private final Map<String, ClassifiedAnnouncement> items = new ConcurrentHashMap<>();
  private final List<Edit> edits = new CopyOnWriteArrayList<>();
  private final Map<String, EditResult> results = new ConcurrentHashMap<>();
  private final Object changed = new Object();

  private volatile boolean stopped;

  public ReviewStore(String bootstrap) {
    // No consumer group: every instance reads everything from the beginning.
    consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Whether the thread reading Kafka still runs: the app's readiness fails when it died. */
  public boolean reading() {
    return !stopped;
  }

  public ReviewStore start() {
    Thread t = new Thread(this, "review-store");
    t.setDaemon(true);
    t.start();
    return this;
  }

  @Override
  public void run() {
    try {
      List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
      for (String topic : List.of(Topics.BULLETIN_DRAFTS.name(), Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
          Topics.BULLETIN_EDITS.name(), Topics.BULLETIN_EDIT_RESULTS.name())) {
        consumer.partitionsFor(topic, Duration.ofSeconds(60))
            .forEach(p -> partitions.add(new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (true) {
        var records = consumer.poll(Duration.ofMillis(300));
        for (var r : records) {
          if (r.value() == null) {
            continue;
          }
          try {
            if (r.topic().equals(Topics.BULLETIN_DRAFTS.name())) {
              Draft d = Json.read(r.value(), Draft.class);
              drafts.put(d.issueId(), d);
            } else if (r.topic().equals(Topics.ANNOUNCEMENTS_CLASSIFIED.name())) {
              ClassifiedAnnouncement c = Json.read(r.value(), ClassifiedAnnouncement.class);
              items.put(c.id(), c);
            } else if (r.topic().equals(Topics.BULLETIN_EDIT_RESULTS.name())) {
              EditResult result = Json.read(r.value(), EditResult.class);
              results.put(result.editId(), result);
            } else {
              edits.add(Json.read(r.value(), Edit.class));
            }
          } catch (JsonReadException e) {
            LOG.debug("{}-{}@{} is unreadable here too: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
          }
        }
        if (!records.isEmpty()) {
          synchronized (changed) {
            changed.notifyAll();
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("the review app stopped reading Kafka: {}", e.getMessage(), e);
    } finally {
      stopped = true;
      consumer.close();
    }
  }

  /** Every issue's latest draft, the newest issue first. */
  public List<Draft> issues() {
    return drafts.values().stream().sorted(Comparator.comparing(Draft::date).reversed()).toList();
  }

  public Optional<Draft> draft(String issueId) {
    return Optional.ofNullable(drafts.get(issueId));
  }

  public Optional<ClassifiedAnnouncement> item(String itemId) {
    return Optional.ofNullable(items.get(itemId));
  }

  /** The edits of a story, made through any of its reports, oldest first. */
  public List<Edit> history(String issueId, java.util.Collection<String> reportIds) {
    return edits.stream().filter(e -> issueId.equals(e.issueId()) && e.itemId() != null && reportIds.contains(e.itemId()))
        .toList();
  }

  /** The assembler's verdict on the edit {@code editId}, if it has given one. */
  public Optional<EditResult> result(String editId) {
    return Optional.ofNullable(results.get(editId));
  }

  /**
   * Waits for the assembler's verdict on the edit {@code editId} and, when it was applied, for the
   * draft that shows it; empty when no verdict came within {@code timeout}.
   */
  public Optional<EditResult> awaitResult(String editId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (changed) {
      while (!results.containsKey(editId)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        changed.wait(Math.max(1, left / 1_000_000));
      }
    }
    EditResult result = results.get(editId);
    if (result.applied()) {
      awaitRevisionAfter(result.issueId(), result.revision() - 1, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
    return Optional.of(result);
  }

  /** Waits until the issue's draft passes {@code revision}, or {@code timeout} ends. */
  public void awaitRevisionAfter(String issueId, long revision, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (changed) {
      while (draft(issueId).map(Draft::revision).orElse(-1L) <= revision) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        changed.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() {
    consumer.wakeup();
  }
}

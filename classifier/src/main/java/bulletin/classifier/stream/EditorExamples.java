package bulletin.classifier.stream;

import bulletin.classifier.model.Correction;
import bulletin.classifier.model.SectionModel;
import bulletin.common.kafka.LatestByKey;
import bulletin.common.kafka.Topics;
import bulletin.common.record.LabelledExample;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the running model with editors' corrections from {@code classifier.examples}: all of them
 * at start (they live in Kafka, so they survive restarts), then each as it arrives. A tombstone
 * (written by {@code classifier corrections undo}) makes the model forget that item's correction.
 */
public final class EditorExamples implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EditorExamples.class);

  private final KafkaConsumer<String, LabelledExample> consumer;
  private final SectionModel model;
  private final CountDownLatch stopped = new CountDownLatch(1);

  public EditorExamples(String bootstrap, SectionModel model) {
    this.model = model;
    var t = Topics.CLASSIFIER_EXAMPLES;
    // No consumer group: every classifier instance reads every correction from the beginning.
    this.consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        t.keySerde().deserializer(), t.valueSerde().deserializer());
  }

  /** Whether the thread that reads the corrections still runs: readiness fails when it died. */
  public boolean reading() {
    return stopped.getCount() > 0;
  }

  /** Starts reading on a daemon thread. */
  public EditorExamples start() {
    Thread thread = new Thread(this, "editor-examples");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  @Override
  public void run() {
    try {
      var partitions = consumer.partitionsFor(Topics.CLASSIFIER_EXAMPLES.name(), Duration.ofSeconds(60)).stream()
          .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (true) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
          if (r.value() != null) {
            model.learn(r.value());
            LOG.info("learned from {}: “{}” belongs in {}", r.value().by(), r.value().title(),
                r.value().section() == null ? "no section" : r.value().section());
          } else if (r.key() != null && model.forget(r.key())) {
            LOG.info("forgot the correction of item {}: it was undone", r.key());
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("reading editors' corrections stopped: {}", e.getMessage(), e);
    } finally {
      consumer.close();
      stopped.countDown();
    }
  }

  @Override
  public void close() {
    consumer.wakeup();
    try {
      stopped.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The corrections in force on {@code classifier.examples}: the latest per item, undone ones left out. */
  public static List<Correction> inForce(String bootstrap) {
    return LatestByKey.load(bootstrap, Topics.CLASSIFIER_EXAMPLES, Duration.ofSeconds(30)).entrySet().stream()
        .map(e -> new Correction(e.getKey(), e.getValue().title(), e.getValue().section(), e.getValue().by(),
            e.getValue().at()))
        .sorted(Comparator.comparing(Correction::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Correction::itemId))
        .toList();
  }

  /** Undoes the correction of {@code itemId}: a tombstone on the compacted topic. */
  public static void undo(String bootstrap, String itemId) {
    var t = Topics.CLASSIFIER_EXAMPLES;
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all"), t.keySerde().serializer(), t.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(t.name(), itemId, null)).get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the undo of item " + itemId + " was not written to " + t.name() + ": "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while undoing the correction of item " + itemId, e);
    }
  }
}

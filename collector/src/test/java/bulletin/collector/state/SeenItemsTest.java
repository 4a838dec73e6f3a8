package bulletin.collector.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.kafka.Topics;
import bulletin.common.record.SeenItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The seen-set rebuilt from collector.state, read here from Kafka's in-memory consumer. */
class SeenItemsTest {
  private static final String TOPIC = Topics.COLLECTOR_STATE.name();
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
  private static final Instant AT = Instant.parse("2021-03-17T02:00:00Z");

  private static SeenItem item(String id, String hash) {
    return new SeenItem(1, id, "https://kjj.ordos.gov.cn/" + id + ".html", hash, 1, AT, null, null);
  }

  /**
   * A state topic of two partitions ending at {@code end0} and {@code end1}, read as the collector's
   * consumer reads it: without a group, so it would start at the end were it not sent to the beginning.
   */
  private static MockConsumer<String, SeenItem> topic(long end0, long end1) {
    MockConsumer<String, SeenItem> consumer = new MockConsumer<>("latest");
    consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, null, null, null),
        new PartitionInfo(TOPIC, 1, null, null, null)));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    consumer.updateEndOffsets(Map.of(P0, end0, P1, end1));
    return consumer;
  }

  private static ConsumerRecord<String, SeenItem> record(TopicPartition p, long offset, String id, SeenItem value) {
    return new ConsumerRecord<>(TOPIC, p.partition(), offset, id, value);
  }

  @Test
  void loadingReadsEveryPartitionToItsEndAndATombstoneForgets() {
    MockConsumer<String, SeenItem> consumer = topic(3, 1);
    consumer.schedulePollTask(() -> {
      consumer.addRecord(record(P0, 0, "a", item("a", "h1")));
      consumer.addRecord(record(P0, 1, "b", item("b", "h1")));
      consumer.addRecord(record(P1, 0, "c", item("c", "h1")));
    });
    consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 2, "b", null)));

    SeenItems seen = SeenItems.read(consumer, Duration.ofSeconds(5));

    assertEquals(2, seen.size());
    assertEquals(Optional.of(item("a", "h1")), seen.get("a"));
    assertEquals(Optional.of(item("c", "h1")), seen.get("c"));
    assertTrue(seen.get("b").isEmpty(), "removed by its tombstone");
    assertEquals(Map.of(P0, 3L, P1, 1L), Map.of(P0, consumer.position(P0), P1, consumer.position(P1)));
  }

  @Test
  void catchingUpReadsWhatOtherInstancesEmittedSince() {
    MockConsumer<String, SeenItem> consumer = topic(1, 0);
    consumer.schedulePollTask(() -> consumer.addRecord(record(P0, 0, "a", item("a", "h1"))));
    SeenItems seen = SeenItems.read(consumer, Duration.ofSeconds(5));
    assertEquals(1, seen.size());

    consumer.updateEndOffsets(Map.of(P0, 2L, P1, 1L));
    consumer.schedulePollTask(() -> {
      consumer.addRecord(record(P0, 1, "a", item("a", "h2")));
      consumer.addRecord(record(P1, 0, "d", item("d", "h1")));
    });
    seen.catchUp();

    assertEquals(Optional.of(item("a", "h2")), seen.get("a"), "the later record wins");
    assertEquals(Optional.of(item("d", "h1")), seen.get("d"));
    assertEquals(2, seen.size());
  }

  @Test
  void anEmptyTopicIsReadWithoutPolling() {
    MockConsumer<String, SeenItem> consumer = topic(0, 0);
    consumer.schedulePollTask(() -> {
      throw new AssertionError("polled a topic already at its end");
    });
    assertEquals(0, SeenItems.read(consumer, Duration.ofSeconds(5)).size());
  }

  @Test
  void aTopicThatDoesNotReachItsEndInTimeIsAnError() {
    MockConsumer<String, SeenItem> consumer = topic(1, 0);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SeenItems.read(consumer, Duration.ofMillis(50)));
    assertEquals("reading collector.state to its end took longer than 0 s", e.getMessage());
    assertTrue(consumer.closed(), "the consumer is closed when loading fails");
  }

  @Test
  void aFailureWhileLoadingClosesTheConsumer() {
    MockConsumer<String, SeenItem> consumer = topic(1, 0);
    KafkaException broken = new KafkaException("broker gone");
    consumer.setPollException(broken);
    assertSame(broken, assertThrows(KafkaException.class, () -> SeenItems.read(consumer, Duration.ofSeconds(5))));
    assertTrue(consumer.closed());
  }

  @Test
  void closingClosesTheConsumer() {
    MockConsumer<String, SeenItem> consumer = topic(0, 0);
    SeenItems seen = SeenItems.read(consumer, Duration.ofSeconds(5));
    seen.close();
    assertTrue(consumer.closed());
  }

  @Test
  void anEmptySetRemembersWhatTheCollectorEmitsAndHasNothingToCatchUp() {
    SeenItems seen = SeenItems.empty();
    seen.catchUp();
    assertEquals(0, seen.size());
    seen.remember(item("a", "h1"));
    seen.remember(item("a", "h2"));
    assertEquals(1, seen.size());
    assertEquals(Optional.of(item("a", "h2")), seen.get("a"));
    assertTrue(seen.get("b").isEmpty());
    seen.close();
  }
}

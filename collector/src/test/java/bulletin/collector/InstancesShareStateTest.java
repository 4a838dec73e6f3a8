package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.state.SeenItems;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.SeenItem;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.SharedKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What collector instances know of each other through Kafka: what the others emitted, and their names. */
class InstancesShareStateTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void topics() {
    TopicAdmin.ensure(SharedKafka.bootstrapServers(), List.of(Topics.ANNOUNCEMENTS_RAW, Topics.COLLECTOR_STATE,
        Topics.COLLECTOR_HEALTH), 1, (short) -1);
  }

  private static Announcement item(String id) {
    return new Announcement(1, id, "http://example.gov.cn/" + id + ".html", "state-" + RUN, "测试", SourceLevel.MUNICIPAL,
        "标题" + id, "2021-03-17", Instant.now(), "正文。", List.of(), "hash", 1, null);
  }

  private static SeenItem seen(Announcement a) {
    return new SeenItem(1, a.id(), a.url(), a.contentHash(), 1, Instant.now(), null, null);
  }

  @Test
  void aSeenSetCatchesUpWithWhatAnotherInstanceEmittedSinceItWasLoaded() {
    String id = "catch-up-" + RUN;
    try (SeenItems seen = Collector.seenItems(SharedKafka.bootstrapServers(), Duration.ofSeconds(30));
        AnnouncementSink other = new AnnouncementSink(SharedKafka.bootstrapServers(), "state-other-" + RUN)) {
      Announcement a = item(id);
      other.emit(a, seen(a));
      assertTrue(seen.get(id).isEmpty(), "loaded before the other instance emitted");
      seen.catchUp();
      assertTrue(seen.get(id).isPresent(), "known once caught up");
    }
  }

  @Test
  void anInstanceStartedUnderAnotherOnesNameStopsItWithAnErrorSayingSo() {
    String name = "state-twin-" + RUN;
    try (AnnouncementSink first = new AnnouncementSink(SharedKafka.bootstrapServers(), name);
        AnnouncementSink second = new AnnouncementSink(SharedKafka.bootstrapServers(), name)) {
      Announcement a = item("twin-" + RUN);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> first.emit(a, seen(a)));
      assertTrue(e.getMessage().contains("another collector started with collector.instance=" + name), e.getMessage());
      second.emit(a, seen(a));
    }
  }
}

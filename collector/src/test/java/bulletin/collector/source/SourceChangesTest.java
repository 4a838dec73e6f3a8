package bulletin.collector.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.ListedSource.Pause;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.collector.source.SourceListing.Entry;
import bulletin.collector.source.SourceListing.Publication;
import bulletin.common.record.SourceLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What the source listing decides from the records of collector.sources and the sources folder. */
class SourceChangesTest {
  private static final Instant AT = Instant.parse("2021-03-17T02:00:00Z");

  private static SourceDefinition definition(String id, String name) {
    return new SourceDefinition(id, name, SourceLevel.REGIONAL, "科技兴蒙", "html",
        List.of("http://kjt.nmg.gov.cn/kjdt/"), 1, null, null,
        new ListSelectors("ul.list li", "a", null, "span"), new ArticleSelectors("h1", null, "#zoom"),
        null, null, Duration.ofMinutes(30), true, false);
  }

  private static ListedSource listed(String id, String name) {
    return new ListedSource(1, definition(id, name), null, "collector-1", AT);
  }

  private static ConsumerRecord<String, ListedSource> record(int partition, long offset, String id, ListedSource value) {
    return new ConsumerRecord<>(ListedSource.TOPIC.name(), partition, offset, id, value);
  }

  @Test
  void theLastRecordOfEachSourceListsItAndATombstoneTakesItOff() {
    SortedMap<String, Entry> latest = SourceChanges.latest(List.of(
        record(2, 0, "nmg-kjdt", listed("nmg-kjdt", "旧名称")),
        record(5, 0, "ordos-kjj", listed("ordos-kjj", "鄂尔多斯")),
        record(0, 0, "gone", listed("gone", "已删除")),
        record(2, 1, "nmg-kjdt", listed("nmg-kjdt", "新名称")),
        record(0, 1, "gone", null)));

    assertEquals(List.of("nmg-kjdt", "ordos-kjj"), List.copyOf(latest.keySet()), "by id, without the removed one");
    assertEquals("新名称", latest.get("nmg-kjdt").source().definition().name());
    assertEquals(2, latest.get("nmg-kjdt").partition());
    assertEquals(5, latest.get("ordos-kjj").partition());
    assertTrue(SourceChanges.latest(List.of()).isEmpty());
  }

  @Test
  void aSourceListedAgainAfterItsTombstoneIsListed() {
    SortedMap<String, Entry> latest = SourceChanges.latest(List.of(
        record(1, 0, "back", listed("back", "一")), record(1, 1, "back", null), record(1, 2, "back", listed("back", "二"))));
    assertEquals("二", latest.get("back").source().definition().name());
  }

  @Test
  void aPublicationCountsWhatItAddedChangedRemovedAndLeft() {
    Map<String, ListedSource> writes = new LinkedHashMap<>();
    writes.put("edited", listed("edited", "新名称"));
    writes.put("added-1", listed("added-1", "新增一"));
    writes.put("added-2", listed("added-2", "新增二"));
    writes.put("added-3", listed("added-3", "新增三"));
    writes.put("gone", null);
    // listed: same-1, same-2, edited, gone; folder: same-1, same-2, edited, added-1, added-2, added-3
    Publication p = SourceChanges.publication(Set.of("same-1", "same-2", "edited", "gone"), writes, 6);
    assertEquals(new Publication(3, 1, 1, 2), p);
    assertEquals("3 added, 1 changed, 1 removed, 2 unchanged", p.toString());
    assertEquals(new Publication(0, 0, 0, 3), SourceChanges.publication(Set.of("a", "b", "c"), Map.of(), 3));
  }

  @Test
  void aPauseKeepsTheDefinitionAndNamesWhoAndWhy() {
    ListedSource before = listed("nmg-kjdt", "自治区科技厅");
    ListedSource paused = SourceChanges.paused(before, "网站改版", "ops", AT.plusSeconds(60));
    assertEquals(before.definition(), paused.definition());
    assertEquals(new Pause("网站改版", "ops", AT.plusSeconds(60)), paused.pause());
    assertEquals("ops", paused.changedBy());
    assertEquals(AT.plusSeconds(60), paused.changedAt());

    ListedSource resumed = SourceChanges.resumed(paused, "ops-2", AT.plusSeconds(120));
    assertFalse(resumed.paused());
    assertNull(resumed.pause());
    assertEquals(before.definition(), resumed.definition());
    assertEquals("ops-2", resumed.changedBy());
    assertEquals(AT.plusSeconds(120), resumed.changedAt());
  }

  @Test
  void aListedSourceIsPolledUnlessPausedOrDisabled() {
    ListedSource s = new ListedSource(0, definition("nmg-kjdt", "自治区科技厅"), null, "ops", AT);
    assertEquals(1, s.schema(), "schema 0 (absent) reads as 1");
    assertEquals(2, new ListedSource(2, definition("a", "b"), null, "ops", AT).schema());
    assertEquals("nmg-kjdt", s.id());
    assertTrue(s.polled());
    assertFalse(SourceChanges.paused(s, "改版", "ops", AT).polled());
    SourceDefinition disabled = new SourceDefinition("off", "停用", SourceLevel.REGIONAL, "科技兴蒙", "html",
        List.of("http://kjt.nmg.gov.cn/kjdt/"), 1, null, null, new ListSelectors("ul.list li", "a", null, "span"),
        new ArticleSelectors("h1", null, "#zoom"), null, null, Duration.ofMinutes(30), false, false);
    assertFalse(new ListedSource(1, disabled, null, "ops", AT).polled());
  }

  @Test
  void anUnlistedSourceIsNamedWithWhatIsListed() {
    assertEquals("no source 'x' is listed on collector.sources; listed: a, b",
        SourceChanges.notListed("x", new java.util.TreeSet<>(Set.of("b", "a"))));
    assertEquals("no source 'x' is listed on collector.sources (none is: `collector run` or "
        + "`collector sources publish` lists the sources folder)", SourceChanges.notListed("x", Set.of()));
  }

  @Test
  void aSourceListedOnTwoPartitionsIsItsLatestChangeWhicheverPartitionHoldsIt() {
    ListedSource older = new ListedSource(1, definition("moving", "旧"), null, "collector-1", AT);
    ListedSource newer = new ListedSource(1, definition("moving", "新"), null, "collector-2", AT.plusSeconds(60));
    SortedMap<String, Entry> onLater = SourceChanges.latest(List.of(record(1, 0, "moving", older), record(3, 0, "moving", newer)));
    assertEquals("新", onLater.get("moving").source().definition().name());
    assertEquals(3, onLater.get("moving").partition());
    SortedMap<String, Entry> onEarlier = SourceChanges.latest(List.of(record(1, 0, "moving", newer), record(3, 0, "moving", older)));
    assertEquals("新", onEarlier.get("moving").source().definition().name());
    assertEquals(1, onEarlier.get("moving").partition());
    SortedMap<String, Entry> same = SourceChanges.latest(List.of(record(1, 0, "moving", older),
        record(3, 0, "moving", new ListedSource(1, definition("moving", "同时"), null, "collector-2", AT))));
    assertEquals(1, same.get("moving").partition(), "at the same time, the first partition's");
  }
}

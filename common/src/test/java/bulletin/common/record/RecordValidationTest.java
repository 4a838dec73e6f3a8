package bulletin.common.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What each record's constructor fills in and what it refuses, naming the field. */
class RecordValidationTest {
  private static final Instant AT = Instant.parse("2021-03-10T01:00:00Z");

  private static Announcement announcement(int schema, String text, String hash, int revision, String hint) {
    return new Announcement(schema, "id1", "https://kjj.ordos.gov.cn/a.html", "ordos", "科技局", SourceLevel.MUNICIPAL,
        "  标题  ", "2021-03-10", AT, text, null, hash, revision, hint);
  }

  private static ClassifiedAnnouncement classified(String section, double confidence) {
    return ClassifiedAnnouncement.of(announcement(1, "正文", "h", 1, null), section, confidence, null, null, null);
  }

  private static void refused(String message, Executable construct) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
    assertEquals(message, e.getMessage());
  }

  @Test
  void anAnnouncementFillsWhatMayBeLeftOut() {
    Announcement a = announcement(0, null, null, 0, "  ");
    assertEquals(Announcement.SCHEMA, a.schema());
    assertEquals("标题", a.title());
    assertEquals("", a.text());
    assertEquals(List.of(), a.attachments());
    assertEquals("", a.contentHash());
    assertEquals(1, a.revision());
    assertNull(a.sectionHint());
    assertEquals(LocalDate.of(2021, 3, 10), a.publishedDate());

    Announcement b = announcement(2, "正文", "h", 3, " 科技政策 ");
    assertEquals(2, b.schema());
    assertEquals("正文", b.text());
    assertEquals("h", b.contentHash());
    assertEquals(3, b.revision());
    assertEquals("科技政策", b.sectionHint());
  }

  @Test
  void anAnnouncementWithoutItsKeyFieldsIsRefused() {
    refused("id is missing", () -> new Announcement(1, " ", "u", "s", "n", SourceLevel.NATIONAL, "t", "2021-03-10", AT,
        "", null, "", 1, null));
    refused("sourceLevel is missing", () -> new Announcement(1, "i", "u", "s", "n", null, "t", "2021-03-10", AT,
        "", null, "", 1, null));
    refused("fetchedAt is missing", () -> new Announcement(1, "i", "u", "s", "n", SourceLevel.NATIONAL, "t",
        "2021-03-10", null, "", null, "", 1, null));
  }

  @Test
  void aVerdictsConfidenceIsBetweenZeroAndOneInclusive() {
    assertEquals(0.0, classified("科技政策", 0.0).confidence());
    assertEquals(1.0, classified("科技政策", 1.0).confidence());
    refused("confidence -0.01 is not between 0 and 1", () -> classified("科技政策", -0.01));
    refused("confidence 1.01 is not between 0 and 1", () -> classified("科技政策", 1.01));
    refused("confidence NaN is not between 0 and 1", () -> classified("科技政策", Double.NaN));
  }

  @Test
  void aVerdictWithoutASectionIsOffTopic() {
    ClassifiedAnnouncement off = classified("  ", 0.5);
    assertNull(off.section());
    assertFalse(off.onTopic());
    assertEquals(Map.of(), off.scores());
    assertEquals(List.of(), off.reasons());
    assertEquals("", off.model());
    ClassifiedAnnouncement on = ClassifiedAnnouncement.of(announcement(1, "正文", "h", 1, null), " 科技政策 ", 0.5,
        Map.of("科技政策", -1.0), List.of("规则"), "m1");
    assertEquals("科技政策", on.section());
    assertTrue(on.onTopic());
    assertEquals(Map.of("科技政策", -1.0), on.scores());
    assertEquals(List.of("规则"), on.reasons());
    assertEquals("m1", on.model());
    assertEquals(LocalDate.of(2021, 3, 10), on.publishedDate());
    assertEquals(on.announcement(), announcement(1, "正文", "h", 1, null));
  }

  @Test
  void aDraftFillsItsListsAndRefusesANumberBelowOne() {
    Draft d = new Draft(0, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), null, 0, null, 0, null, null, null);
    assertEquals(Draft.SCHEMA, d.schema());
    assertEquals(DraftStatus.DRAFTING, d.status());
    assertEquals(List.of(), d.sections());
    assertEquals(List.of(), d.setAside());
    assertEquals(Map.of(), d.footer());
    assertEquals(0, d.itemCount());
    assertEquals(2, new Draft(2, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), DraftStatus.PUBLISHED, 0, null, 0,
        null, null, Map.of("copies", "30")).schema());
    refused("issue number 0 is not positive", () -> new Draft(1, "2021-01", 0, 2021, LocalDate.of(2021, 3, 25), null,
        0, null, 0, null, null, null));
    refused("issueId is missing", () -> new Draft(1, "", 1, 2021, LocalDate.of(2021, 3, 25), null, 0, null, 0, null,
        null, null));
    assertEquals("2021-03", Draft.issueId(2021, 3));
    assertEquals("2021-12", Draft.issueId(2021, 12));

    DraftItem item = new DraftItem("标题。", null, null, null, 0.5);
    assertEquals("", item.body());
    assertEquals(List.of(), item.itemIds());
    assertEquals(List.of(), item.sources());
    DraftItem full = new DraftItem("标题。", "正文。", List.of("a", "b"), List.of(), 0.5);
    assertEquals("正文。", full.body());
    assertEquals(List.of("a", "b"), full.itemIds());
    assertEquals(List.of(), new DraftSection("科技政策", null).items());
    Draft two = new Draft(1, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), null, 0,
        List.of(new DraftSection("科技政策", List.of(item, full)), new DraftSection("部门动态", List.of(item))), 0,
        null, null, null);
    assertEquals(3, two.itemCount());
    refused("section title is missing", () -> new DraftSection(" ", null));
    refused("headline is missing", () -> new DraftItem(null, "b", null, null, 0));
  }

  @Test
  void smallRecordsFillTheirDefaults() {
    assertEquals("https://a/f.pdf", new Attachment(" ", "https://a/f.pdf").name());
    assertEquals("申报书", new Attachment(" 申报书 ", "https://a/f.pdf").name());
    refused("attachment url is missing", () -> new Attachment("申报书", null));
    assertEquals("", new SetAside("i", null, "超出配额").title());
    assertEquals("标题", new SetAside("i", "标题", "超出配额").title());
    refused("reason is missing", () -> new SetAside("i", "t", " "));

    LabelledExample e = new LabelledExample(0, "i", "标题", null, null, null, " ", "corpus", null);
    assertEquals(1, e.schema());
    assertEquals("", e.text());
    assertNull(e.section());
    LabelledExample moved = new LabelledExample(2, "i", "标题", "正文", null, null, " 科技合作 ", "程继东", AT);
    assertEquals(2, moved.schema());
    assertEquals("正文", moved.text());
    assertEquals("科技合作", moved.section());
    refused("title is missing", () -> new LabelledExample(1, "i", null, "", null, null, null, "corpus", null));

    SeenItem s = new SeenItem(0, "i", "https://a/", null, -1, AT, null, null);
    assertEquals(1, s.schema());
    assertEquals("", s.contentHash());
    assertEquals(0, s.revision());
    SeenItem t = new SeenItem(3, "i", "https://a/", "h", 2, AT, "e", "m");
    assertEquals(3, t.schema());
    assertEquals("h", t.contentHash());
    assertEquals(2, t.revision());
    refused("lastSeen is missing", () -> new SeenItem(1, "i", "https://a/", null, 0, null, null, null));

    SourceHealth h = new SourceHealth(0, "ordos", AT, true, false, 0, 0, 0, 0, 0, 0, null, null, null, 0, null);
    assertEquals(1, h.schema());
    assertEquals(List.of(), h.problems());
    assertEquals(List.of(), h.warnings());
    SourceHealth g = new SourceHealth(2, "ordos", AT, false, false, 0, 0, 0, 0, 0, 0, List.of("p"), List.of("w"), null, 1, null);
    assertEquals(2, g.schema());
    assertEquals(List.of("p"), g.problems());
    assertEquals(List.of("w"), g.warnings());
    refused("sourceId is missing", () -> new SourceHealth(1, null, AT, true, false, 0, 0, 0, 0, 0, 0, null, null, null, 0, null));
    refused("at is missing", () -> new SourceHealth(1, "ordos", null, true, false, 0, 0, 0, 0, 0, 0, null, null, null, 0, null));
  }

  @Test
  void anEditNamesWhatItsActionNeeds() {
    assertEquals(Edit.SCHEMA, new Edit(0, "2021-01", "程继东", AT, EditAction.SUBMIT, null, null, null, null, null,
        null).schema());
    assertEquals(2, new Edit(2, "2021-01", "程继东", AT, EditAction.SUBMIT, null, null, null, null, null,
        null).schema());
    Edit drop = Edit.drop("2021-01", "程继东", AT, "item-1");
    assertEquals(EditAction.DROP, drop.action());
    assertEquals("item-1", drop.itemId());
    refused("section of a move is missing", () -> Edit.move("2021-01", "程继东", AT, "item-1", null));
    refused("itemId of a rewrite is missing", () -> new Edit(1, "2021-01", "程继东", AT, EditAction.REWRITE, null,
        null, "h", "b", null, null));
    refused("the value of a footer edit (body) is missing", () -> new Edit(1, "2021-01", "程继东", AT,
        EditAction.FOOTER, "copies", null, null, null, null, null));
    refused("action is missing", () -> new Edit(1, "2021-01", "程继东", AT, null, null, null, null, null, null, null));
  }
}

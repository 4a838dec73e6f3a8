package bulletin.common.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  static Announcement announcement() {
    return new Announcement(1, "a1b2", "https://www.most.gov.cn/kjbgz/202103/t20210310_173163.html",
        "most-gzdt", "科技部", SourceLevel.NATIONAL, "科技部将推进“十四五”东西部科技创新合作行动",
        "2021-03-10", Instant.parse("2021-03-11T01:00:00Z"), "科技部3月10日消息称，将在“十四五”时期开展东西部科技创新合作行动。",
        List.of(new Attachment("附件1", "https://www.most.gov.cn/a.docx")), "hash", 1, "科技政策");
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void announcementJsonHasTheFieldsTheArchitectureNames() throws Exception {
    JsonNode node = Json.mapper().readTree(Json.write(announcement()));
    assertEquals(new TreeSet<>(List.of("schema", "id", "url", "sourceId", "sourceName", "sourceLevel", "title",
        "publishedAt", "fetchedAt", "text", "attachments", "contentHash", "revision", "sectionHint")), fields(node));
    assertEquals("national", node.get("sourceLevel").asText());
    assertEquals("2021-03-10", node.get("publishedAt").asText());
    assertEquals("2021-03-11T01:00:00Z", node.get("fetchedAt").asText());
  }

  @Test
  void announcementSurvivesARoundTripWithItsChineseText() {
    Announcement a = announcement();
    assertEquals(a, Json.read(Json.write(a), Announcement.class));
  }

  @Test
  void classifiedAnnouncementIsTheAnnouncementPlusTheVerdict() throws Exception {
    ClassifiedAnnouncement c = ClassifiedAnnouncement.of(announcement(), "科技政策", 0.8,
        Map.of("科技政策", 3.5), List.of("标题含“十四五”"), "rules-1");
    Set<String> expected = new TreeSet<>(fields(Json.mapper().readTree(Json.write(announcement()))));
    expected.addAll(List.of("section", "confidence", "scores", "reasons", "model"));
    assertEquals(expected, fields(Json.mapper().readTree(Json.write(c))));
    assertEquals(announcement(), c.announcement());
    assertEquals(c, Json.read(Json.write(c), ClassifiedAnnouncement.class));
  }

  @Test
  void offTopicIsANullSection() throws Exception {
    ClassifiedAnnouncement c = ClassifiedAnnouncement.of(announcement(), null, 0.9, Map.of(), List.of(), "rules-1");
    assertTrue(Json.mapper().readTree(Json.write(c)).get("section").isNull());
    assertNull(Json.read(Json.write(c), ClassifiedAnnouncement.class).section());
  }

  @Test
  void unknownFieldsAreIgnored() {
    String json = Json.write(announcement()).replaceFirst("\\{", "{\"addedLater\":42,");
    assertEquals(announcement(), Json.read(json, Announcement.class));
  }

  @Test
  void aMissingFieldIsNamedInTheError() {
    String json = Json.write(announcement()).replace("\"title\":", "\"headline\":");
    JsonReadException e = assertThrows(JsonReadException.class, () -> Json.read(json, Announcement.class));
    assertTrue(e.getMessage().contains("title is missing"), e.getMessage());
  }

  @Test
  void aBadDateIsNamedInTheError() {
    String json = Json.write(announcement()).replace("\"2021-03-10\"", "\"3月10日\"");
    JsonReadException e = assertThrows(JsonReadException.class, () -> Json.read(json, Announcement.class));
    assertTrue(e.getMessage().contains("publishedAt '3月10日'"), e.getMessage());
  }

  @Test
  void anUnknownSourceLevelNamesTheAllowedOnes() {
    String json = Json.write(announcement()).replace("\"national\"", "\"ministry\"");
    JsonReadException e = assertThrows(JsonReadException.class, () -> Json.read(json, Announcement.class));
    assertTrue(e.getMessage().contains("leadership, national, regional, municipal, peer"), e.getMessage());
  }

  @Test
  void notJsonAtAllSaysWhere() {
    JsonReadException e = assertThrows(JsonReadException.class, () -> Json.read("{not json", Announcement.class));
    assertTrue(e.getMessage().startsWith("not a valid Announcement"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void theJsonNullIsNoRecord() {
    JsonReadException e = assertThrows(JsonReadException.class, () -> Json.read("null", Announcement.class));
    assertEquals("not a valid Announcement: the JSON is null, not an object", e.getMessage());
    assertThrows(JsonReadException.class, () -> Json.read(" null ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Draft.class));
  }

  @Test
  void publishedAtAcceptsDatesAndDateTimesInShanghai() {
    assertEquals(LocalDate.of(2021, 3, 10), PublishedAt.date("2021-03-10"));
    assertEquals(LocalDate.of(2021, 3, 10), PublishedAt.date("2021-03-10T09:30:00"));
    // 20:00 UTC on the 9th is already the 10th in Asia/Shanghai
    assertEquals(LocalDate.of(2021, 3, 10), PublishedAt.date("2021-03-09T20:00:00Z"));
  }

  @Test
  void draftAndEditRoundTrip() {
    Draft d = new Draft(1, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), DraftStatus.IN_REVIEW, 7,
        List.of(new DraftSection("高层声音", List.of(new DraftItem("标题。", "正文", List.of("a1"),
            List.of(new SourceRef("求是", "https://www.qstheory.cn/")), 0.9)))), 3,
        List.of(new SetAside("b2", "别的", "off-topic (classifier)")), null, null);
    assertEquals(d, Json.read(Json.write(d), Draft.class));
    assertTrue(Json.write(d).contains("\"status\":\"in_review\""));
    Edit e = Edit.move("2021-01", "程继东", Instant.parse("2021-03-24T08:00:00Z"), "a1", "科技合作");
    assertEquals(e, Json.read(Json.write(e), Edit.class));
    assertTrue(Json.write(e).contains("\"action\":\"move\""));
  }

  @Test
  void aMoveWithoutASectionIsRefused() {
    String json = "{\"issueId\":\"2021-01\",\"by\":\"x\",\"at\":\"2021-03-24T08:00:00Z\",\"action\":\"move\",\"itemId\":\"a1\"}";
    JsonReadException e = assertThrows(JsonReadException.class, () -> Json.read(json, Edit.class));
    assertTrue(e.getMessage().contains("section of a move is missing"), e.getMessage());
  }

  @Test
  void recordsCopyTheirLists() {
    List<Attachment> list = new ArrayList<>(List.of(new Attachment("a", "https://x/a.pdf")));
    Announcement a = new Announcement(1, "id", "https://x/", "s", "n", SourceLevel.PEER, "t", "2021-03-01",
        Instant.EPOCH, "", list, "", 1, null);
    list.clear();
    assertEquals(1, a.attachments().size());
  }
}

package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.Items;
import bulletin.common.json.Json;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.SourceLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The near-duplicate detector on labelled pairs of reposts and look-alikes. */
class NearDuplicatesTest {

  record Pair(JsonNode a, JsonNode b, boolean duplicate, String kind, int line) {}

  /** The pairs the thresholds were tuned on. */
  static List<Pair> pairs() throws Exception {
    return pairs("near-duplicates.jsonl");
  }

  static List<Pair> pairs(String resource) throws Exception {
    List<Pair> out = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        NearDuplicatesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        JsonNode node = Json.mapper().readTree(line);
        out.add(new Pair(node.get("a"), node.get("b"), node.get("duplicate").asBoolean(),
            node.path("kind").asText(""), n));
      }
    }
    return out;
  }

  static boolean detected(Pair p) {
    return NearDuplicates.sameStory(p.a().get("title").asText(), p.a().get("text").asText(),
        p.b().get("title").asText(), p.b().get("text").asText());
  }

  @Test
  void theThresholdSeparatesRepostsFromLookAlikes() throws Exception {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder report = new StringBuilder();
    for (Pair p : pairs()) {
      double s = NearDuplicates.similarity(NearDuplicates.signature(p.a().get("title").asText(), p.a().get("text").asText()),
          NearDuplicates.signature(p.b().get("title").asText(), p.b().get("text").asText()));
      boolean d = detected(p);
      report.append(String.format("line %2d %-5s similarity %.2f detected %s%n", p.line(), p.duplicate(), s, d));
      if (d && p.duplicate()) {
        tp++;
      } else if (d) {
        fp++;
      } else if (p.duplicate()) {
        fn++;
      }
    }
    System.out.print(report);
    System.out.printf("reposts found %d of 30, look-alikes merged %d of 30%n", tp, fp);
    assertEquals(0, fp, "no two different news items are merged\n" + report);
    assertTrue(tp >= 22, "at least 22 of the 30 reposts are merged: " + tp + "\n" + report);
  }

  @Test
  void twoRepostsAndOneOtherItemGiveTwoStoriesTheMergedOneCitingBothSources() {
    var ministry = Items.item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "科技部将推进“十四五”东西部科技创新合作行动",
        "科技部3月10日消息称，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
            + "东西部科技合作信息共享等重点工作，现已启动行动方案的编制工作。");
    var repost = Items.item("b", "科技政策", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-11", "科技部推进“十四五”东西部科技创新合作行动",
        "记者从科技部获悉，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
            + "东西部科技合作信息共享等重点工作，行动方案的编制工作已经启动。");
    var other = Items.item("c", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-12", "科技部发布科技伦理审查办法",
        "科技部近日发布科技伦理审查办法（试行），明确高校、科研机构等单位应设立科技伦理委员会。");
    List<List<ClassifiedAnnouncement>> clusters = NearDuplicates.clusters(List.of(ministry, repost, other),
        ClassifiedAnnouncement::title, ClassifiedAnnouncement::text);
    assertEquals(2, clusters.size());
    assertEquals(List.of(ministry, repost), clusters.get(0));

    var state = bulletin.assembler.issue.IssueState.empty().withItem(repost).withItem(ministry).withItem(other);
    var draft = new DraftBuilder(bulletin.common.profile.BulletinProfile.defaultProfile(), new BulletinStyle(300))
        .build(new bulletin.assembler.issue.IssuePlan(1, java.time.LocalDate.of(2021, 3, 25),
            java.time.LocalDate.of(2021, 2, 26), false), state);
    var policy = draft.sections().get(1).items();
    assertEquals(2, policy.size(), "two stories");
    var merged = policy.stream().filter(i -> i.itemIds().size() == 2).findFirst().orElseThrow();
    assertEquals(List.of("a", "b"), merged.itemIds(), "the ministry's report leads");
    assertEquals(List.of("科技部", "自治区科技厅"), merged.sources().stream().map(s -> s.name()).toList());
    assertTrue(merged.headline().startsWith("科技部将推进"), merged.headline());
  }

  @Test
  void theSameNewsClassifiedIntoTwoSectionsPrintsOnceInTheSectionOfItsMostAuthoritativeReport() {
    var ministry = Items.item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "科技部将推进“十四五”东西部科技创新合作行动",
        "科技部3月10日消息称，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
            + "东西部科技合作信息共享等重点工作，现已启动行动方案的编制工作。");
    var repost = Items.item("b", "他山之石", SourceLevel.PEER, "宁夏科技厅", "2021-03-11", "科技部推进“十四五”东西部科技创新合作行动",
        "记者从科技部获悉，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
            + "东西部科技合作信息共享等重点工作，行动方案的编制工作已经启动。");
    var state = bulletin.assembler.issue.IssueState.empty().withItem(repost).withItem(ministry);
    var draft = new DraftBuilder(bulletin.common.profile.BulletinProfile.defaultProfile(), new BulletinStyle(300))
        .build(new bulletin.assembler.issue.IssuePlan(1, java.time.LocalDate.of(2021, 3, 25),
            java.time.LocalDate.of(2021, 2, 26), false), state);
    var printed = draft.sections().stream().filter(s -> !s.items().isEmpty()).toList();
    assertEquals(1, printed.size(), "one section prints it: " + printed);
    assertEquals("科技政策", printed.get(0).title());
    assertEquals(List.of(List.of("a", "b")), printed.get(0).items().stream().map(i -> i.itemIds()).toList());
    assertEquals(1, draft.itemCount());
  }
}

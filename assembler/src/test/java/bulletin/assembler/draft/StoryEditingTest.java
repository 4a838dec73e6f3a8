package bulletin.assembler.draft;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editors act on stories: an edit through one report holds for all of them, whichever leads. */
class StoryEditingTest {
  static final Instant AT = Instant.parse("2021-03-24T08:00:00Z");
  static final String TEXT = "将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
      + "东西部科技合作信息共享等重点工作，";
  static final ClassifiedAnnouncement MINISTRY = item("m", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10",
      "科技部将推进“十四五”东西部科技创新合作行动", "科技部3月10日消息称，" + TEXT + "现已启动行动方案的编制工作。");
  static final ClassifiedAnnouncement REGION = item("r", "科技兴蒙", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-11",
      "科技部推进“十四五”东西部科技创新合作行动", "记者从科技部获悉，" + TEXT + "行动方案的编制工作已经启动。");
  static final ClassifiedAnnouncement PEER = item("p", "他山之石", SourceLevel.PEER, "宁夏科技厅", "2021-03-12",
      "“十四五”东西部科技创新合作行动将启动", "据科技部消息，" + TEXT + "行动方案正在编制。");
  static final ClassifiedAnnouncement OTHER = item("o", "科技兴蒙", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-15",
      "自治区科技厅调度推进科技兴蒙合作项目", "3月15日，自治区科技厅召开科技兴蒙合作项目调度会，听取各盟市进展。");

  private final DraftBuilder builder = new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160));
  private final IssuePlan plan = new IssuePlan(1, LocalDate.of(2021, 3, 25), LocalDate.of(2021, 2, 26), false);

  private static Edit edit(EditAction action, String itemId, String section, String headline, Integer position) {
    return new Edit(1, "2021-01", "程继东", AT, action, itemId, section, headline, null, position, null);
  }

  private static List<String> sectionsPrinting(Draft d, String itemId) {
    return d.sections().stream().filter(s -> s.items().stream().anyMatch(i -> i.itemIds().contains(itemId)))
        .map(DraftSection::title).toList();
  }

  @Test
  void droppingAMergedStoryThroughItsLeadSetsAsideEveryReport() {
    IssueState state = IssueState.empty().withItem(MINISTRY).withItem(REGION).withItem(PEER)
        .withEdit(edit(EditAction.DROP, "m", null, null, null));
    Draft d = builder.build(plan, state);
    assertEquals(0, d.itemCount(), "no report forms the story again");
    assertEquals(List.of("m", "p", "r"), d.setAside().stream().filter(a -> a.reason().equals("dropped by an editor"))
        .map(a -> a.itemId()).sorted().toList());
    Draft restored = builder.build(plan, state.withEdit(edit(EditAction.MOVE, "r", "科技政策", null, null)));
    assertEquals(List.of("科技政策"), sectionsPrinting(restored, "m"), "restoring any report restores the story");
  }

  @Test
  void movingAMergedStoryMovesItWholeAndItIsPrintedOnce() {
    IssueState state = IssueState.empty().withItem(MINISTRY).withItem(REGION).withItem(OTHER)
        .withEdit(edit(EditAction.MOVE, "m", "科技合作", null, null));
    Draft d = builder.build(plan, state);
    assertEquals(List.of("科技合作"), sectionsPrinting(d, "m"));
    assertEquals(List.of("科技合作"), sectionsPrinting(d, "r"));
    assertEquals(2, d.itemCount());
  }

  @Test
  void aRewriteAndAPlaceSurviveANewLeadReportAndMoreReports() {
    IssueState state = IssueState.empty().withItem(REGION).withItem(OTHER)
        .withEdit(new Edit(1, "2021-01", "程继东", AT, EditAction.REWRITE, "r", null, "东西部科技创新合作行动启动。", "编辑改写的正文。",
            null, null))
        .withEdit(edit(EditAction.REORDER, "r", null, null, 1));
    Draft before = builder.build(plan, state);
    DraftItem rewritten = before.sections().get(2).items().get(1);
    assertEquals("东西部科技创新合作行动启动。", rewritten.headline(), "placed second in 科技兴蒙");

    Draft after = builder.build(plan, state.withItem(MINISTRY).withItem(PEER).withEdit(
        edit(EditAction.MOVE, "m", "科技兴蒙", null, null)));
    List<DraftItem> section = after.sections().get(2).items();
    DraftItem story = section.stream().filter(i -> i.itemIds().contains("r")).findFirst().orElseThrow();
    assertEquals("m", story.itemIds().get(0), "the ministry's report leads now");
    assertEquals(3, story.itemIds().size());
    assertEquals("东西部科技创新合作行动启动。", story.headline());
    assertEquals("编辑改写的正文。", story.body());
    assertEquals(1, section.indexOf(story), "its place holds");
    assertTrue(sectionsPrinting(after, "m").equals(List.of("科技兴蒙")));
  }
}

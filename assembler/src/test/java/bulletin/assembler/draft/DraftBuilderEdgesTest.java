package bulletin.assembler.draft;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftSection;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.SetAside;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sections the profile lacks, the masthead and footer fields, and the order of a dated section's lines. */
class DraftBuilderEdgesTest {
  private static final Instant AT = Instant.parse("2021-03-24T08:00:00Z");
  private final DraftBuilder builder = new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160));
  private final IssuePlan plan = new IssuePlan(1, LocalDate.of(2021, 3, 25), LocalDate.of(2021, 2, 26), false);

  private static DraftSection section(Draft draft, String title) {
    return draft.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void anItemMovedToASectionTheProfileLacksIsSetAsideSayingSo() {
    IssueState state = IssueState.empty()
        .withItem(item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。"))
        .withEdit(Edit.move("2021-01", "程继东", AT, "a", "体育"));
    Draft draft = builder.build(plan, state);
    assertEquals(List.of(new SetAside("a", "某政策", "section 体育 is not in the profile")), draft.setAside());
    assertEquals(0, section(draft, "科技政策").items().size());
  }

  @Test
  void aHandWrittenItemForASectionTheProfileLacksIsSetAsideSayingSo() {
    IssueState state = IssueState.empty()
        .withEdit(new Edit(1, "2021-01", "程继东", AT, EditAction.ADD, "h1", "体育", "运动会召开", "正文", null, null))
        .withEdit(new Edit(1, "2021-01", "程继东", AT, EditAction.ADD, "h2", "部门动态", "3月17日，局党组召开会议。", "", null, null));
    Draft draft = builder.build(plan, state);
    assertEquals(List.of(new SetAside("h1", "运动会召开", "section 体育 is not in the profile")), draft.setAside());
    assertEquals(List.of(List.of("h2")), section(draft, "部门动态").items().stream().map(i -> i.itemIds()).toList());
  }

  @Test
  void theFooterHoldsOnlyTheFooterFieldsAndTheMastheadFieldsSetNumberAndDate() {
    IssueState state = new IssueState(null, null, null, null, null, null,
        Map.of("footer.editor", "程继东", "masthead.number", "5", "masthead.date", "2021-03-26"), DraftStatus.DRAFTING, null,
        0, 0, 0, null, null, null);
    Draft draft = builder.build(plan, state);
    assertEquals(Map.of("editor", "程继东"), draft.footer());
    assertEquals(5, draft.number());
    assertEquals(LocalDate.of(2021, 3, 26), draft.date());
    Draft plain = builder.build(plan, IssueState.empty());
    assertEquals(Map.of(), plain.footer());
    assertEquals(1, plain.number());
    assertEquals(plan.date(), plain.date());
  }

  @Test
  void aDatedSectionsLinesOfOneDayGoByTheirIds() {
    // d2 comes from a higher level and ranks first; on the page, lines of one date go by id
    IssueState state = IssueState.empty()
        .withItem(item("d2", "部门动态", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-08", "边东调研康巴什区", "近日调研康巴什区。"))
        .withItem(item("d1", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-08", "边东会见创新团队", "近日会见创新团队。"))
        .withItem(item("d0", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-09", "局党组召开会议", "研究部署工作。"));
    Draft draft = builder.build(plan, state);
    assertEquals(List.of(List.of("d1"), List.of("d2"), List.of("d0")),
        section(draft, "部门动态").items().stream().map(i -> i.itemIds()).toList());
  }
}

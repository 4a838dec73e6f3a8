package bulletin.assembler.draft;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftSection;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftBuilderTest {
  private final DraftBuilder builder = new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160));
  private final IssuePlan plan = new IssuePlan(1, LocalDate.of(2021, 3, 25), LocalDate.of(2021, 2, 26), false);

  @Test
  void sectionsComeInTheProfilesOrderWithinTheirQuotasAndEverythingElseIsSetAsideWithAReason() {
    IssueState state = IssueState.empty();
    for (int i = 1; i <= 4; i++) {
      state = state.withItem(item("p" + i, "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-1" + i,
          "政策" + i, "3月1" + i + "日，科技部发布政策。"));
    }
    state = state.withItem(item("old", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-01-20", "旧闻", "旧闻。"))
        .withItem(item("off", null, SourceLevel.MUNICIPAL, "准格尔报社", "2021-03-20", "道路养护通告", "通告。"))
        .withItem(item("d2", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-23", "边东调研康巴什区", "近日调研。"))
        .withItem(item("d1", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-08", "边东会见创新团队", "近日会见。"));
    Draft draft = builder.build(plan, state);

    assertEquals(List.of("高层声音", "科技政策", "科技兴蒙", "科技专项", "科技合作", "他山之石", "部门动态"),
        draft.sections().stream().map(DraftSection::title).toList());
    assertEquals(3, draft.sections().get(1).items().size(), "the quota of 科技政策");
    assertEquals(List.of("3月8日，边东会见创新团队。", "3月23日，边东调研康巴什区。"),
        draft.sections().get(6).items().stream().map(i -> i.headline()).toList(), "dated lines in date order");
    assertEquals(8, draft.considered());
    assertEquals(3, draft.setAside().size());
    assertTrue(draft.setAside().stream().anyMatch(s -> s.itemId().equals("old") && s.reason().contains("outside")));
    assertTrue(draft.setAside().stream().anyMatch(s -> s.itemId().equals("off") && s.reason().startsWith("off-topic")));
    assertTrue(draft.setAside().stream().anyMatch(s -> s.reason().startsWith("over the quota of 3 for 科技政策")));
    assertEquals("2021-01", draft.issueId());
    assertEquals(8, draft.revision(), "one revision per item folded in");
  }

  @Test
  void anEditorsMoveAndDropOverrideTheClassifier() {
    Instant at = Instant.parse("2021-03-24T08:00:00Z");
    IssueState state = IssueState.empty()
        .withItem(item("a", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-19", "中为能源示范项目存在制度性障碍", "正文。"))
        .withItem(item("b", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。"))
        .withEdit(Edit.move("2021-01", "程继东", at, "a", "科技合作"))
        .withEdit(Edit.drop("2021-01", "程继东", at, "b"));
    Draft draft = builder.build(plan, state);
    assertEquals(List.of("a"), draft.sections().get(4).items().get(0).itemIds());
    assertTrue(draft.sections().get(6).items().isEmpty());
    assertTrue(draft.sections().get(1).items().isEmpty());
    assertEquals("dropped by an editor", draft.setAside().get(0).reason());
  }

  @Test
  void editorsRewriteReorderAddAndTheWorkflowMovesOn() {
    Instant at = Instant.parse("2021-03-24T08:00:00Z");
    IssueState state = IssueState.empty()
        .withItem(item("a", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-09", "党组会议", "3月9日，市科技局召开党组会议。"))
        .withItem(item("b", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-18", "调研", "3月18日，边东调研。"))
        .withEdit(new Edit(1, "2021-01", "程继东", at, EditAction.REWRITE, "a", null, "3月9日，市科技局召开党组（扩大）会议。", "", null, null))
        .withEdit(new Edit(1, "2021-01", "程继东", at, EditAction.ADD, "added-1", "部门动态", "3月25日，边东主持召开全市科技特派员工作推进会。", null, null, null))
        .withEdit(new Edit(1, "2021-01", "程继东", at, EditAction.REORDER, "b", null, null, null, 0, null))
        .withEdit(new Edit(1, "2021-01", "程继东", at, EditAction.SUBMIT, null, null, null, null, null, null))
        .withEdit(new Edit(1, "2021-01", "乔栋", at, EditAction.REJECT, null, null, null, null, null, "请补充日期"));
    Draft draft = builder.build(plan, state);
    assertEquals(List.of("3月18日，边东调研。", "3月9日，市科技局召开党组（扩大）会议。", "3月25日，边东主持召开全市科技特派员工作推进会。"),
        draft.sections().get(6).items().stream().map(i -> i.headline()).toList());
    assertEquals(bulletin.common.record.DraftStatus.DRAFTING, draft.status());
    assertEquals("请补充日期", draft.comment());
  }

  @Test
  void approvingNeedsASubmittedDraftAndPublishingAnApprovedOne() {
    Instant at = Instant.parse("2021-03-24T08:00:00Z");
    IssueState drafting = IssueState.empty();
    var approve = new Edit(1, "2021-01", "乔栋", at, EditAction.APPROVE, null, null, null, null, null, null);
    var publish = new Edit(1, "2021-01", "乔栋", at, EditAction.PUBLISH, null, null, null, null, null, null);
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> drafting.withEdit(approve));
    assertTrue(e.getMessage().contains("本期编辑中，不是待审核，不能审核通过"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> drafting.withEdit(publish));
  }

  @Test
  void aDraftListsAtMostSoManySetAsideItemsTheOverQuotaOnesFirstAndCountsThemAll() {
    List<bulletin.common.record.ClassifiedAnnouncement> items = new java.util.ArrayList<>();
    for (int i = 0; i < DraftBuilder.SET_ASIDE_LISTED + 20; i++) {
      items.add(item("off" + i, null, SourceLevel.MUNICIPAL, "准格尔报社", "2021-03-20", "道路养护通告第" + i + "号", "通告" + i + "。"));
    }
    for (int i = 1; i <= 4; i++) {
      items.add(item("p" + i, "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-1" + i, "政策" + i,
          "3月1" + i + "日，科技部发布第" + i + "项政策。"));
    }
    Draft draft = builder.build(plan, IssueState.empty(), items);
    assertEquals(items.size(), draft.considered());
    assertEquals(DraftBuilder.SET_ASIDE_LISTED, draft.setAside().size());
    assertTrue(draft.setAside().get(0).reason().startsWith("over the quota"), draft.setAside().get(0).reason());
  }
}

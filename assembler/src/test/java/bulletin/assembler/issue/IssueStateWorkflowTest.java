package bulletin.assembler.issue;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items and edits folded into an issue's state, one step at a time. */
class IssueStateWorkflowTest {
  private static final Instant AT = Instant.parse("2021-03-24T08:00:00Z");

  private static Edit edit(EditAction action) {
    return new Edit(1, "2021-01", "程继东", AT, action, null, null, null, null, null, null);
  }

  private static Edit approve(Long revision) {
    return new Edit(1, "2021-01", "乔栋", AT, EditAction.APPROVE, null, null, null, null, null, null, null, revision);
  }

  private static ClassifiedAnnouncement revision(String id, int revision, String title) {
    ClassifiedAnnouncement a = item(id, "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", title, "正文。");
    return new ClassifiedAnnouncement(a.schema(), a.id(), a.url(), a.sourceId(), a.sourceName(), a.sourceLevel(), a.title(),
        a.publishedAt(), a.fetchedAt(), a.text(), a.attachments(), a.contentHash(), revision, a.sectionHint(), a.section(),
        a.confidence(), a.scores(), a.reasons(), a.model());
  }

  @Test
  void aLaterOrEqualRevisionOfAnItemReplacesItAndAnEarlierOneDoesNot() {
    IssueState s = IssueState.empty().withItem(revision("a", 2, "第二版"));
    assertEquals(1, s.revision());
    assertEquals("第二版", s.withItem(revision("a", 1, "第一版")).items().get("a").title(), "an older revision is ignored");
    assertEquals("重发", s.withItem(revision("a", 2, "重发")).items().get("a").title(), "the same revision again replaces it");
    assertEquals("第三版", s.withItem(revision("a", 3, "第三版")).items().get("a").title());
    assertEquals(2, s.withItem(revision("a", 1, "第一版")).revision(), "folding an item in counts a revision either way");
  }

  @Test
  void aPublishedIssueLeavesALateItemOut() {
    IssueState published = IssueState.empty().withEdit(edit(EditAction.SUBMIT)).withEdit(approve(null))
        .withEdit(edit(EditAction.PUBLISH));
    assertEquals(DraftStatus.PUBLISHED, published.status());
    assertSame(published, published.withItem("2021-01", revision("late", 1, "迟到")));
    IssueState drafting = IssueState.empty();
    assertEquals(List.of("x"), List.copyOf(drafting.withItem("2021-01", revision("x", 1, "t")).items().keySet()));
  }

  @Test
  void handWrittenItemsWithoutAnIdAreNumberedInOrderAndMayHaveNoBody() {
    Edit add = new Edit(1, "2021-01", "程继东", AT, EditAction.ADD, null, "部门动态", "3月17日，局党组召开会议。", null, null, null);
    IssueState s = IssueState.empty().withEdit(add).withEdit(add);
    assertEquals(List.of("added-1", "added-2"), List.copyOf(s.additions().keySet()));
    assertEquals(new IssueState.Addition("added-1", "部门动态", "3月17日，局党组召开会议。", "", "程继东"), s.additions().get("added-1"));
  }

  @Test
  void aSubmittedIssueCannotBeSubmittedAgainNorSentBackBeforeSubmission() {
    IssueState submitted = IssueState.empty().withEdit(edit(EditAction.SUBMIT));
    var again = assertThrows(EditRefused.class, () -> submitted.withEdit(edit(EditAction.SUBMIT)));
    assertEquals("本期已提交审核，内容已冻结：审核人退回后才能修改（提交审核未执行）。", again.getMessage());
    var reject = assertThrows(EditRefused.class, () -> IssueState.empty().withEdit(edit(EditAction.REJECT)));
    assertEquals("本期编辑中，没有可退回的提交（退回未执行）。", reject.getMessage());
    IssueState approved = submitted.withEdit(approve(null));
    assertEquals(DraftStatus.DRAFTING, approved.withEdit(edit(EditAction.REJECT)).status(), "an approval can be sent back");
    assertEquals(DraftStatus.DRAFTING, submitted.withEdit(edit(EditAction.REJECT)).status());
  }

  @Test
  void anApprovalOfTheSubmittedRevisionIsTakenAndOfAnEarlierOneRefused() {
    IssueState submitted = IssueState.empty().withItem(revision("a", 1, "t")).withEdit(edit(EditAction.SUBMIT));
    long at = submitted.submittedRevision();
    assertEquals(2, at);
    IssueState approved = submitted.withEdit(approve(at));
    assertEquals(DraftStatus.APPROVED, approved.status());
    assertEquals(at, approved.approvedRevision());
    assertThrows(EditRefused.class, () -> submitted.withEdit(approve(at - 1)));
  }

  @Test
  void aMastheadFieldIsKeptStrippedUnderItsNameAndABadOneRefusedWithTheProblem() {
    Edit number = new Edit(1, "2021-01", "程继东", AT, EditAction.MASTHEAD, "number", null, null, " 5 ", null, null);
    assertEquals(java.util.Map.of("masthead.number", "5"), IssueState.empty().withEdit(number).fields());
    Edit bad = new Edit(1, "2021-01", "程继东", AT, EditAction.MASTHEAD, "number", null, null, "五", null, null);
    var e = assertThrows(EditRefused.class, () -> IssueState.empty().withEdit(bad));
    assertEquals("期号“五”不是 1 到 9999 之间的整数（修改刊头未执行）。", e.getMessage());
  }
}

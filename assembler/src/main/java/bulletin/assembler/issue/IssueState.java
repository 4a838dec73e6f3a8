package bulletin.assembler.issue;

import bulletin.common.profile.FieldRules;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything an issue's draft is made from: the classified items it has seen (the latest revision
 * of each) and what editors and reviewers did. The draft is a function of this state, which is the
 * fold of the two streams.
 *
 * @param moves item id → the section an editor moved it to
 * @param drops item ids an editor dropped
 * @param rewrites item id → the headline and body an editor wrote instead
 * @param additions hand-written items by id, in the order they were added
 * @param positions item id → the place an editor gave it within its section (0 is first)
 * @param fields masthead and footer fields an editor set: {@code masthead.number}, {@code masthead.date},
 *     {@code footer.editor} …
 * @param comment the reviewer's last comment when sending the draft back, or null
 * @param revision grows with every item or edit folded in
 * @param submittedRevision the revision at the last submission: the content is fixed from then on
 * @param approvedRevision the revision the approving reviewer saw, or 0 while not approved
 * @param approvedBy the approving reviewer, or null while not approved
 * @param printedBefore item id → why it is set aside: it reports a story a published issue printed
 * @param stamps {@code action␀itemId} → the revision of the latest such edit of the item: the edits
 *     on a story's reports are resolved by it, the latest winning
 */
public record IssueState(Map<String, ClassifiedAnnouncement> items, Map<String, String> moves,
    Set<String> drops, Map<String, Rewrite> rewrites, Map<String, Addition> additions,
    Map<String, Integer> positions, Map<String, String> fields, DraftStatus status, String comment, long revision,
    long submittedRevision, long approvedRevision, String approvedBy, Map<String, String> printedBefore,
    Map<String, Long> stamps) {

  private static final Logger LOG = LoggerFactory.getLogger(IssueState.class);
  private static final char SEP = '\u0000';

  /** An editor's wording of an item. */
  public record Rewrite(String headline, String body) {}

  /** A hand-written item, such as a 部门动态 line typed in. */
  public record Addition(String id, String section, String headline, String body, String by) {}

  public IssueState {
    items = items == null ? new LinkedHashMap<>() : new LinkedHashMap<>(items);
    moves = moves == null ? new LinkedHashMap<>() : new LinkedHashMap<>(moves);
    drops = drops == null ? new LinkedHashSet<>() : new LinkedHashSet<>(drops);
    rewrites = rewrites == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rewrites);
    additions = additions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(additions);
    positions = positions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(positions);
    fields = fields == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fields);
    status = status == null ? DraftStatus.DRAFTING : status;
    printedBefore = printedBefore == null ? new LinkedHashMap<>() : new LinkedHashMap<>(printedBefore);
    stamps = stamps == null ? new LinkedHashMap<>() : new LinkedHashMap<>(stamps);
  }

  /** The revision of the latest {@code action} edit of {@code itemId}, 0 when none (or made before edits were stamped). */
  public long stamp(EditAction action, String itemId) {
    return stamps.getOrDefault(action.wireName() + SEP + itemId, 0L);
  }

  public static IssueState empty() {
    return new IssueState(null, null, null, null, null, null, null, DraftStatus.DRAFTING, null, 0, 0, 0, null, null, null);
  }

  private IssueState next(DraftStatus newStatus, String newComment) {
    return new IssueState(items, moves, drops, rewrites, additions, positions, fields, newStatus, newComment,
        revision + 1, submittedRevision, approvedRevision, approvedBy, printedBefore, stamps);
  }

  /**
   * The state with {@code item} added, or replacing an earlier revision of the same item. A
   * published issue is frozen: the item is left out, and said so in the log.
   */
  public IssueState withItem(String issueId, ClassifiedAnnouncement item) {
    if (status == DraftStatus.PUBLISHED) {
      LOG.warn("item {} ({}) reached issue {} after it was published: add it to a later issue by hand",
          item.id(), item.title(), issueId);
      return this;
    }
    return withItem(item);
  }

  /** The state with {@code item} added, or replacing an earlier revision of the same item. */
  public IssueState withItem(ClassifiedAnnouncement item) {
    IssueState next = next(status, comment);
    ClassifiedAnnouncement earlier = next.items.get(item.id());
    if (earlier == null || earlier.revision() <= item.revision()) {
      next.items.put(item.id(), item);
    }
    return next;
  }

  /** The state one revision on: an item kept apart from the state was added or revised. */
  public IssueState counted() {
    return withRevision(revision + 1);
  }

  /** The state one revision on, with {@code itemId} set aside because a published issue printed its story. */
  public IssueState printedBefore(String itemId, String reason) {
    IssueState next = counted();
    next.printedBefore.put(itemId, reason);
    return next;
  }

  /** Whether the issue's content is fixed: from submission until it is sent back, and for good once published. */
  public boolean frozen() {
    return status != DraftStatus.DRAFTING;
  }

  /**
   * The state with an editor's or reviewer's event applied. Content changes only while drafting;
   * an approved issue changes only by being sent back.
   *
   * @throws EditRefused when the workflow or the edit's values do not allow it, saying why
   */
  public IssueState withEdit(Edit edit) {
    if (status == DraftStatus.PUBLISHED) {
      throw new EditRefused("本期已发布，内容不能再改动（" + actionLabel(edit) + "未执行）。");
    }
    IssueState next = next(status, comment);
    switch (edit.action()) {
      case MOVE, DROP, REWRITE, REORDER, ADD, MASTHEAD, FOOTER, TAKE_IN -> requireDrafting(edit);
      default -> { }
    }
    switch (edit.action()) {
      case MOVE, DROP, REWRITE, REORDER -> next.stamps.put(edit.action().wireName() + SEP + edit.itemId(), next.revision);
      default -> { }
    }
    switch (edit.action()) {
      case MOVE -> {
        next.moves.put(edit.itemId(), edit.section());
        next.drops.remove(edit.itemId());
        next.positions.remove(edit.itemId());
        Addition a = next.additions.get(edit.itemId());
        if (a != null) {
          next.additions.put(a.id(), new Addition(a.id(), edit.section(), a.headline(), a.body(), a.by()));
        }
      }
      case DROP -> next.drops.add(edit.itemId());
      case REWRITE -> next.rewrites.put(edit.itemId(), new Rewrite(edit.headline(), edit.body()));
      case REORDER -> next.positions.put(edit.itemId(), edit.position() == null ? 0 : Math.max(0, edit.position()));
      case ADD -> {
        if (edit.section() == null || edit.headline() == null || edit.headline().isBlank()) {
          throw new EditRefused("新增条目需要栏目和内容（" + edit.by() + " 的新增未执行）。");
        }
        String id = edit.itemId() == null ? "added-" + (next.additions.size() + 1) : edit.itemId();
        next.additions.put(id, new Addition(id, edit.section(), edit.headline(), edit.body() == null ? "" : edit.body(),
            edit.by()));
      }
      case TAKE_IN -> { } // the item itself moves in the assembler, which keeps the items
      case MASTHEAD -> next.fields.put("masthead." + checked(edit, FieldRules.mastheadProblem(edit.itemId(), edit.body())),
          edit.body().strip());
      case FOOTER -> next.fields.put("footer." + checked(edit, FieldRules.footerProblem(edit.itemId(), edit.body())),
          edit.body().strip());
      case SUBMIT -> {
        requireDrafting(edit);
        return new IssueState(items, moves, drops, rewrites, additions, positions, fields, DraftStatus.IN_REVIEW, null,
            next.revision, next.revision, 0, null, printedBefore, stamps);
      }
      case APPROVE -> {
        requireStatus(DraftStatus.IN_REVIEW, edit);
        if (edit.revision() != null && edit.revision() < submittedRevision) {
          throw new EditRefused("您审阅的是修订 " + edit.revision() + "，本期已于修订 " + submittedRevision
              + " 重新提交，请刷新后重新审阅。");
        }
        long seen = edit.revision() == null ? revision : Math.min(edit.revision(), revision);
        return new IssueState(items, moves, drops, rewrites, additions, positions, fields, DraftStatus.APPROVED, null,
            next.revision, submittedRevision, seen, edit.by(), printedBefore, stamps);
      }
      case REJECT -> {
        if (status != DraftStatus.IN_REVIEW && status != DraftStatus.APPROVED) {
          throw new EditRefused("本期" + label(status) + "，没有可退回的提交（退回未执行）。");
        }
        return new IssueState(items, moves, drops, rewrites, additions, positions, fields, DraftStatus.DRAFTING,
            edit.comment(), next.revision, submittedRevision, 0, null, printedBefore, stamps);
      }
      case PUBLISH -> {
        requireStatus(DraftStatus.APPROVED, edit);
        return next.next(DraftStatus.PUBLISHED, comment).withRevision(next.revision);
      }
      default -> throw new EditRefused("未知的操作“" + edit.action().wireName() + "”。");
    }
    return next;
  }

  private static String checked(Edit edit, java.util.Optional<String> problem) {
    if (problem.isPresent()) {
      throw new EditRefused(problem.get() + "（" + actionLabel(edit) + "未执行）。");
    }
    return edit.itemId();
  }

  private void requireDrafting(Edit edit) {
    if (status == DraftStatus.IN_REVIEW) {
      throw new EditRefused("本期已提交审核，内容已冻结：审核人退回后才能修改（" + actionLabel(edit) + "未执行）。");
    }
    if (status == DraftStatus.APPROVED) {
      throw new EditRefused("本期已审核通过，内容已冻结：只有退回后才能修改（" + actionLabel(edit) + "未执行）。");
    }
  }

  /** The action as the review app names it. */
  public static String actionLabel(Edit edit) {
    return switch (edit.action()) {
      case MOVE -> "移至【" + edit.section() + "】";
      case DROP -> "删除";
      case REWRITE -> "改写";
      case REORDER -> "调整顺序";
      case ADD -> "新增条目";
      case SUBMIT -> "提交审核";
      case APPROVE -> "审核通过";
      case REJECT -> "退回修改";
      case PUBLISH -> "发布";
      case MASTHEAD -> "修改刊头";
      case FOOTER -> "修改报送栏";
      case TAKE_IN -> "采用提交后到达的条目";
    };
  }

  /** The status as the review app names it. */
  public static String label(DraftStatus s) {
    return switch (s) {
      case DRAFTING -> "编辑中";
      case IN_REVIEW -> "待审核";
      case APPROVED -> "已审核";
      case PUBLISHED -> "已发布";
    };
  }

  private void requireStatus(DraftStatus expected, Edit edit) {
    if (status != expected) {
      throw new EditRefused("本期" + label(status) + "，不是" + label(expected) + "，不能" + actionLabel(edit)
          + "（" + edit.by() + " 的操作未执行）。");
    }
  }

  private IssueState withRevision(long r) {
    return new IssueState(items, moves, drops, rewrites, additions, positions, fields, status, comment, r,
        submittedRevision, approvedRevision, approvedBy, printedBefore, stamps);
  }
}

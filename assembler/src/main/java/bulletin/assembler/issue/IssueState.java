package bulletin.assembler.issue;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything an issue's draft is made from: the classified items it has seen (the latest revision
 * of each) and what editors did. The draft is a function of this state, which is the fold of the
 * two streams.
 *
 * @param moves item id → the section an editor moved it to
 * @param drops item ids an editor dropped
 * @param revision grows with every item or edit folded in
 */
public record IssueState(Map<String, ClassifiedAnnouncement> items, Map<String, String> moves,
    Set<String> drops, DraftStatus status, long revision) {

  private static final Logger LOG = LoggerFactory.getLogger(IssueState.class);

  public IssueState {
    items = items == null ? new LinkedHashMap<>() : new LinkedHashMap<>(items);
    moves = moves == null ? new LinkedHashMap<>() : new LinkedHashMap<>(moves);
    drops = drops == null ? new LinkedHashSet<>() : new LinkedHashSet<>(drops);
    status = status == null ? DraftStatus.DRAFTING : status;
  }

  public static IssueState empty() {
    return new IssueState(null, null, null, DraftStatus.DRAFTING, 0);
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
    IssueState next = new IssueState(items, moves, drops, status, revision + 1);
    ClassifiedAnnouncement earlier = next.items.get(item.id());
    if (earlier == null || earlier.revision() <= item.revision()) {
      next.items.put(item.id(), item);
    }
    return next;
  }

  /** The state with an editor's or reviewer's event applied; a published issue refuses edits. */
  public IssueState withEdit(Edit edit) {
    if (status == DraftStatus.PUBLISHED) {
      throw new IllegalStateException("issue " + edit.issueId() + " is published and frozen: "
          + edit.action().wireName() + " by " + edit.by() + " is not applied");
    }
    IssueState next = new IssueState(items, moves, drops, status, revision + 1);
    DraftStatus newStatus = status;
    switch (edit.action()) {
      case MOVE -> {
        next.moves.put(edit.itemId(), edit.section());
        next.drops.remove(edit.itemId());
      }
      case DROP -> next.drops.add(edit.itemId());
      case SUBMIT -> newStatus = DraftStatus.IN_REVIEW;
      case APPROVE -> newStatus = DraftStatus.APPROVED;
      case REJECT -> newStatus = DraftStatus.DRAFTING;
      case PUBLISH -> newStatus = DraftStatus.PUBLISHED;
      default -> throw new UnsupportedEditException(edit);
    }
    return new IssueState(next.items, next.moves, next.drops, newStatus, next.revision);
  }

  /** An edit action the assembler does not apply yet; it goes to the dead-letter topic. */
  public static final class UnsupportedEditException extends RuntimeException {
    UnsupportedEditException(Edit edit) {
      super("edit action '" + edit.action().wireName() + "' by " + edit.by() + " on issue "
          + edit.issueId() + " is not supported yet");
    }
  }
}

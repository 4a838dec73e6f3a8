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
 */
public record IssueState(Map<String, ClassifiedAnnouncement> items, Map<String, String> moves,
    Set<String> drops, Map<String, Rewrite> rewrites, Map<String, Addition> additions,
    Map<String, Integer> positions, Map<String, String> fields, DraftStatus status, String comment, long revision) {

  private static final Logger LOG = LoggerFactory.getLogger(IssueState.class);

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
  }

  public static IssueState empty() {
    return new IssueState(null, null, null, null, null, null, null, DraftStatus.DRAFTING, null, 0);
  }

  private IssueState next(DraftStatus newStatus, String newComment) {
    return new IssueState(items, moves, drops, rewrites, additions, positions, fields, newStatus, newComment, revision + 1);
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

  /** The state with an editor's or reviewer's event applied; a published issue refuses edits. */
  public IssueState withEdit(Edit edit) {
    if (status == DraftStatus.PUBLISHED) {
      throw new IllegalStateException("issue " + edit.issueId() + " is published and frozen: "
          + edit.action().wireName() + " by " + edit.by() + " is not applied");
    }
    IssueState next = next(status, comment);
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
          throw new IllegalArgumentException("an added item needs a section and a text (edit by " + edit.by() + ")");
        }
        String id = edit.itemId() == null ? "added-" + (next.additions.size() + 1) : edit.itemId();
        next.additions.put(id, new Addition(id, edit.section(), edit.headline(), edit.body() == null ? "" : edit.body(),
            edit.by()));
      }
      case MASTHEAD -> next.fields.put("masthead." + mastheadField(edit), edit.body().strip());
      case FOOTER -> next.fields.put("footer." + footerField(edit), edit.body().strip());
      case SUBMIT -> {
        return next.next(DraftStatus.IN_REVIEW, null).withRevision(next.revision);
      }
      case APPROVE -> {
        requireStatus(DraftStatus.IN_REVIEW, edit);
        return next.next(DraftStatus.APPROVED, null).withRevision(next.revision);
      }
      case REJECT -> {
        return next.next(DraftStatus.DRAFTING, edit.comment()).withRevision(next.revision);
      }
      case PUBLISH -> {
        requireStatus(DraftStatus.APPROVED, edit);
        return next.next(DraftStatus.PUBLISHED, comment).withRevision(next.revision);
      }
      default -> throw new IllegalArgumentException("edit action " + edit.action().wireName() + " is unknown");
    }
    return next;
  }

  private static String mastheadField(Edit edit) {
    String field = edit.itemId();
    try {
      switch (field) {
        case "number" -> {
          if (Integer.parseInt(edit.body().strip()) < 1) {
            throw new NumberFormatException();
          }
        }
        case "date" -> java.time.LocalDate.parse(edit.body().strip());
        default -> throw new IllegalArgumentException("masthead field '" + field + "' is not number or date");
      }
    } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("masthead " + field + " '" + edit.body() + "' is not "
          + (field.equals("number") ? "a positive number" : "a date such as 2021-03-25"));
    }
    return field;
  }

  private static String footerField(Edit edit) {
    if (!bulletin.common.profile.BulletinProfile.Footer.FIELDS.contains(edit.itemId())) {
      throw new IllegalArgumentException("footer field '" + edit.itemId() + "' is not one of "
          + bulletin.common.profile.BulletinProfile.Footer.FIELDS);
    }
    if (edit.itemId().equals("copies") && !edit.body().strip().matches("\\d{1,5}")) {
      throw new IllegalArgumentException("copies '" + edit.body() + "' is not a number");
    }
    return edit.itemId();
  }

  private void requireStatus(DraftStatus expected, Edit edit) {
    if (status != expected) {
      throw new IllegalStateException("issue " + edit.issueId() + " is " + status.wireName() + ", not "
          + expected.wireName() + ": " + edit.action().wireName() + " by " + edit.by() + " is not applied");
    }
  }

  private IssueState withRevision(long r) {
    return new IssueState(items, moves, drops, rewrites, additions, positions, fields, status, comment, r);
  }
}

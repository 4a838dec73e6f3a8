package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;

/**
 * One editor event on {@code bulletin.edits}, keyed by issue id. The draft is the fold of the
 * classified items and these events, so every change has an author and can be replayed.
 *
 * @param itemId the item acted on (move, drop, rewrite, reorder), or the field set (masthead, footer)
 * @param section the target section title (move, add), else null
 * @param headline new headline (rewrite, add), else null
 * @param body new body (rewrite, add), or the field's new value (masthead, footer)
 * @param position new position within the section (reorder), else null
 * @param comment the reviewer's comment (reject), else null
 * @param id the edit's own id, which its verdict on {@code bulletin.edit-results} is keyed by; null
 *     for an edit written without one (its refusal then goes to assembler.dlq)
 * @param revision the draft revision its author saw (an approval approves that revision), or null
 */
public record Edit(
    int schema,
    String issueId,
    String by,
    Instant at,
    EditAction action,
    String itemId,
    String section,
    String headline,
    String body,
    Integer position,
    String comment,
    String id,
    Long revision) {

  public static final int SCHEMA = 1;

  /** An edit without an id of its own nor the revision its author saw. */
  public Edit(int schema, String issueId, String by, Instant at, EditAction action, String itemId, String section,
      String headline, String body, Integer position, String comment) {
    this(schema, issueId, by, at, action, itemId, section, headline, body, position, comment, null, null);
  }

  public Edit {
    schema = schema == 0 ? SCHEMA : schema;
    require(issueId, "issueId");
    require(by, "by");
    requireNonNull(at, "at");
    requireNonNull(action, "action");
    switch (action) {
      case MOVE -> {
        require(itemId, "itemId of a move");
        require(section, "section of a move");
      }
      case DROP, REWRITE, REORDER, TAKE_IN -> require(itemId, "itemId of a " + action.wireName());
      case MASTHEAD, FOOTER -> {
        require(itemId, "the field of a " + action.wireName() + " edit (itemId)");
        require(body, "the value of a " + action.wireName() + " edit (body)");
      }
      default -> { }
    }
  }

  /** An editor's move of an item to another section. */
  public static Edit move(String issueId, String by, Instant at, String itemId, String section) {
    return new Edit(SCHEMA, issueId, by, at, EditAction.MOVE, itemId, section, null, null, null, null);
  }

  /** This edit with its own id and the draft revision its author saw. */
  public Edit identified(String editId, Long seenRevision) {
    return new Edit(schema, issueId, by, at, action, itemId, section, headline, body, position, comment, editId,
        seenRevision);
  }

  /** An editor's removal of an item from the draft. */
  public static Edit drop(String issueId, String by, Instant at, String itemId) {
    return new Edit(SCHEMA, issueId, by, at, EditAction.DROP, itemId, null, null, null, null, null);
  }
}

package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;

/**
 * The assembler's verdict on one edit: the record on {@code bulletin.edit-results}, keyed by the
 * edit's id. An applied edit names the draft revision that first shows it; a refused one says why,
 * in a sentence for the person who made it.
 *
 * @param revision the issue's revision after the edit (applied), or its unchanged revision (refused)
 * @param reason why the edit was refused, or null when it was applied
 */
public record EditResult(int schema, String editId, String issueId, EditAction action, String by, Instant at,
    boolean applied, long revision, String reason) {

  public static final int SCHEMA = 1;

  public EditResult {
    schema = schema == 0 ? SCHEMA : schema;
    require(editId, "editId");
    require(issueId, "issueId");
    requireNonNull(action, "action");
    requireNonNull(at, "at");
    if (!applied) {
      require(reason, "the reason of a refused edit");
    }
  }

  /** The verdict that {@code edit} was applied, shown from {@code revision} on. */
  public static EditResult applied(Edit edit, long revision, Instant at) {
    return new EditResult(SCHEMA, edit.id(), edit.issueId(), edit.action(), edit.by(), at, true, revision, null);
  }

  /** The verdict that {@code edit} was refused, with the reason. */
  public static EditResult refused(Edit edit, long revision, String reason, Instant at) {
    return new EditResult(SCHEMA, edit.id(), edit.issueId(), edit.action(), edit.by(), at, false, revision, reason);
  }
}

package bulletin.assembler.issue;

/**
 * An edit the issue does not take: the workflow forbids it (the issue is frozen, or not in the
 * state the action needs) or its value is not valid. The message is a sentence for the person who
 * made the edit.
 */
public final class EditRefused extends IllegalStateException {
  public EditRefused(String reason) {
    super(reason);
  }
}

package bulletin.assembler.stream;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.EditResult;
import bulletin.common.record.LabelledExample;

/**
 * What the assembler emits, one at a time: an issue's new draft, the labelled example an editor's
 * move makes, the verdict on an edit, or an item carried to the issue {@code carriedTo} because
 * its own issue was published before it could take it.
 */
record IssueOutput(Draft draft, LabelledExample example, EditResult result, ClassifiedAnnouncement carried,
    String carriedTo) {
  static IssueOutput of(Draft draft) {
    return new IssueOutput(draft, null, null, null, null);
  }

  static IssueOutput of(LabelledExample example) {
    return new IssueOutput(null, example, null, null, null);
  }

  static IssueOutput of(EditResult result) {
    return new IssueOutput(null, null, result, null, null);
  }

  static IssueOutput carry(ClassifiedAnnouncement item, String toIssue) {
    return new IssueOutput(null, null, null, item, toIssue);
  }
}

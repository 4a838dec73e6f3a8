package bulletin.assembler.stream;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Edit;

/**
 * What changes an issue: a classified item routed to it, or an editor's or reviewer's edit. Both
 * travel through one repartition topic keyed by the issue, so an issue sees them in one order.
 */
record IssueEvent(ClassifiedAnnouncement item, Edit edit) {
  static IssueEvent of(ClassifiedAnnouncement item) {
    return new IssueEvent(item, null);
  }

  static IssueEvent of(Edit edit) {
    return new IssueEvent(null, edit);
  }
}

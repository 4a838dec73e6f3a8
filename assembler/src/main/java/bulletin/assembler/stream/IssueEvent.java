package bulletin.assembler.stream;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Edit;

/**
 * What changes an issue: a classified item routed to it (with the reason it is set aside, when a
 * published issue printed its story), or an editor's or reviewer's edit. Both
 * travel through one repartition topic keyed by the issue, so an issue sees them in one order.
 */
record IssueEvent(ClassifiedAnnouncement item, Edit edit, String printedBefore) {
  static IssueEvent of(ClassifiedAnnouncement item) {
    return new IssueEvent(item, null, null);
  }

  /** An item that reports a story a published issue printed: it is set aside with {@code reason}. */
  static IssueEvent printedBefore(ClassifiedAnnouncement item, String reason) {
    return new IssueEvent(item, null, reason);
  }

  static IssueEvent of(Edit edit) {
    return new IssueEvent(null, edit, null);
  }
}

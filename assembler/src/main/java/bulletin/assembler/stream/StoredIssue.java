package bulletin.assembler.stream;

import bulletin.assembler.issue.IssueState;

/**
 * An issue's edits and workflow (its items are stored apart, one record each), with the revision
 * its last emitted draft showed: after a restart or a rebalance, an issue whose state is ahead of
 * its last draft is drafted again.
 */
record StoredIssue(IssueState state, long draftedRevision) {}

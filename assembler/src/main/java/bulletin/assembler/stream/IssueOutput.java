package bulletin.assembler.stream;

import bulletin.common.record.Draft;
import bulletin.common.record.LabelledExample;

/** What the assembler emits: an issue's new draft, or the labelled example an editor's move makes. */
record IssueOutput(Draft draft, LabelledExample example) {}

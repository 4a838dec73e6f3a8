package bulletin.assembler.stream;

import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.json.JsonSerde;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.Topics;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.Edit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * announcements.classified + bulletin.edits → bulletin.drafts. Both streams are keyed by issue id
 * and folded together into the issue's state; every change emits the issue's new draft.
 */
public final class AssemblerTopology {
  /** The state store holding each issue's items and edits. */
  public static final String ISSUE_STORE = "issue-state";

  private AssemblerTopology() {}

  /** Adds the assembler's processing to {@code builder}. */
  public static void build(StreamsBuilder builder, IssuePlan plan, DraftBuilder drafts) {
    Topic<String, ClassifiedAnnouncement> classified = Topics.ANNOUNCEMENTS_CLASSIFIED;
    Topic<String, Edit> edits = Topics.BULLETIN_EDITS;
    Topic<String, Draft> out = Topics.BULLETIN_DRAFTS;

    KGroupedStream<String, ClassifiedAnnouncement> itemsByIssue = builder
        .stream(classified.name(), Consumed.with(classified.keySerde(), classified.valueSerde())
            .withName("read-classified"))
        .filter((id, item) -> item != null, Named.as("skip-tombstones"))
        .selectKey((id, item) -> plan.issueId(), Named.as("key-by-issue"))
        .groupByKey(Grouped.with("items-by-issue", Serdes.String(), classified.valueSerde()));

    KGroupedStream<String, Edit> editsByIssue = builder
        .stream(edits.name(), Consumed.with(edits.keySerde(), edits.valueSerde()).withName("read-edits"))
        .filter((issue, edit) -> edit != null, Named.as("skip-empty-edits"))
        .mapValues((issue, edit) -> forCurrentIssue(plan, issue, edit), Named.as("check-edit-issue"))
        .groupByKey(Grouped.with("edits-by-issue", edits.keySerde(), edits.valueSerde()));

    itemsByIssue
        .<IssueState>cogroup((issue, item, state) -> state.withItem(item))
        .cogroup(editsByIssue, (issue, edit, state) -> state.withEdit(edit))
        .aggregate(IssueState::empty, Named.as("fold-issue"),
            Materialized.<String, IssueState, KeyValueStore<Bytes, byte[]>>as(ISSUE_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(new JsonSerde<>(IssueState.class)))
        .toStream(Named.as("issue-changes"))
        .mapValues(state -> drafts.build(plan, state), Named.as("draft"))
        .to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("write-draft"));
  }

  /** An edit for an issue other than the one being drafted goes to the dead-letter topic. */
  private static Edit forCurrentIssue(IssuePlan plan, String key, Edit edit) {
    if (!plan.issueId().equals(key) || !plan.issueId().equals(edit.issueId())) {
      throw new IllegalArgumentException("edit by " + edit.by() + " names issue " + edit.issueId()
          + " (key " + key + "), but this assembler drafts issue " + plan.issueId());
    }
    return edit;
  }
}

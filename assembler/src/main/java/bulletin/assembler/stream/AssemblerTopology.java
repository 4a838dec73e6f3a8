package bulletin.assembler.stream;

import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.json.JsonSerde;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.Topics;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * announcements.classified + bulletin.edits → bulletin.drafts (and bulletin.published). Items are
 * keyed by the issue they belong in, edits carry their issue; both are folded together into the
 * issue's state, and every change emits the issue's new draft. A published issue is frozen: its
 * final draft goes to bulletin.published, and later items go to the next issue.
 */
public final class AssemblerTopology {
  /** The state store holding each issue's items and edits. */
  public static final String ISSUE_STORE = "issue-state";
  /** The global store of published issues. */
  public static final String PUBLISHED_STORE = "published-issues";

  private AssemblerTopology() {}

  /** Adds the assembler's processing to {@code builder}. */
  public static void build(StreamsBuilder builder, IssueCalendar calendar, DraftBuilder drafts) {
    Topic<String, ClassifiedAnnouncement> classified = Topics.ANNOUNCEMENTS_CLASSIFIED;
    Topic<String, Edit> edits = Topics.BULLETIN_EDITS;
    Topic<String, Draft> out = Topics.BULLETIN_DRAFTS;
    Topic<String, Draft> published = Topics.BULLETIN_PUBLISHED;

    builder.globalTable(published.name(), Consumed.with(published.keySerde(), published.valueSerde())
            .withName("read-published"),
        Materialized.<String, Draft, KeyValueStore<Bytes, byte[]>>as(PUBLISHED_STORE)
            .withKeySerde(published.keySerde()).withValueSerde(published.valueSerde()));

    KGroupedStream<String, ClassifiedAnnouncement> itemsByIssue = builder
        .stream(classified.name(), Consumed.with(classified.keySerde(), classified.valueSerde())
            .withName("read-classified"))
        .filter((id, item) -> item != null, Named.as("skip-tombstones"))
        .process(() -> new IssueRouter(calendar, PUBLISHED_STORE), Named.as("route-to-issue"))
        .groupByKey(Grouped.with("items-by-issue", Serdes.String(), classified.valueSerde()));

    KGroupedStream<String, Edit> editsByIssue = builder
        .stream(edits.name(), Consumed.with(edits.keySerde(), edits.valueSerde()).withName("read-edits"))
        .filter((issue, edit) -> edit != null, Named.as("skip-empty-edits"))
        .selectKey((key, edit) -> edit.issueId(), Named.as("key-edit-by-its-issue"))
        .groupByKey(Grouped.with("edits-by-issue", edits.keySerde(), edits.valueSerde()));

    KStream<String, Draft> changes = itemsByIssue
        .<IssueState>cogroup((issue, item, state) -> state.withItem(issue, item))
        .cogroup(editsByIssue, (issue, edit, state) -> state.withEdit(edit))
        .aggregate(IssueState::empty, Named.as("fold-issue"),
            Materialized.<String, IssueState, KeyValueStore<Bytes, byte[]>>as(ISSUE_STORE)
                .withKeySerde(Serdes.String())
                .withValueSerde(new JsonSerde<>(IssueState.class)))
        .toStream(Named.as("issue-changes"))
        .mapValues((issue, state) -> DraftMetrics.record(drafts.build(plan(calendar, issue), state)), Named.as("draft"));
    changes.to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("write-draft"));
    changes.filter((issue, d) -> d.status() == DraftStatus.PUBLISHED, Named.as("published-only"))
        .to(published.name(), Produced.with(published.keySerde(), published.valueSerde()).withName("write-published"));
  }

  private static IssuePlan plan(IssueCalendar calendar, String issueId) {
    return calendar.byId(issueId).orElseThrow(() -> new IllegalArgumentException(
        "issue " + issueId + " is not in the profile's schedule"));
  }
}

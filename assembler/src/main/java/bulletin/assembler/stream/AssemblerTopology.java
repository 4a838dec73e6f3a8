package bulletin.assembler.stream;

import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.common.json.JsonSerde;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.Topics;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditResult;
import bulletin.common.record.LabelledExample;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * announcements.classified + bulletin.edits → bulletin.drafts (and bulletin.published, and
 * classifier.examples). Items are keyed by the issue they belong in, edits carry their issue; both
 * go through one repartition topic by issue into {@link IssueAssembler}, which keeps the issue's
 * state and emits its new draft, and its verdict on each edit to bulletin.edit-results. A submitted
 * issue's content is fixed: items arriving then wait apart. A published issue is frozen: its final
 * draft goes to bulletin.published, and items that reach it late, or waited, go to the next issue
 * through assembler.carryover. An editor's move of an item becomes a
 * labelled example for the classifier.
 */
public final class AssemblerTopology {
  /** The state store holding each issue's edits and workflow. */
  public static final String ISSUE_STORE = "issue-state";
  /** The state store holding each issue's items, one record each. */
  public static final String ITEMS_STORE = "issue-items";
  /** The global store of published issues. */
  public static final String PUBLISHED_STORE = "published-issues";

  private AssemblerTopology() {}

  /**
   * Adds the assembler's processing to {@code builder}; an issue is drafted at most once per
   * {@code coalesce} (zero: after every item and edit).
   */
  public static void build(StreamsBuilder builder, IssueCalendar calendar, DraftBuilder drafts, Duration coalesce) {
    Topic<String, ClassifiedAnnouncement> classified = Topics.ANNOUNCEMENTS_CLASSIFIED;
    Topic<String, Edit> edits = Topics.BULLETIN_EDITS;
    Topic<String, Draft> out = Topics.BULLETIN_DRAFTS;
    Topic<String, Draft> published = Topics.BULLETIN_PUBLISHED;
    Topic<String, LabelledExample> examples = Topics.CLASSIFIER_EXAMPLES;

    builder.globalTable(published.name(), Consumed.with(published.keySerde(), published.valueSerde())
            .withName("read-published"),
        Materialized.<String, Draft, KeyValueStore<Bytes, byte[]>>as(PUBLISHED_STORE)
            .withKeySerde(published.keySerde()).withValueSerde(published.valueSerde()));
    // Every item and edit rewrites its issue's record: cached, the store and its changelog get the
    // issue's latest record once a commit instead of once an item.
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ISSUE_STORE),
        Serdes.String(), new JsonSerde<>(StoredIssue.class)).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ITEMS_STORE),
        Serdes.String(), classified.valueSerde()));

    KStream<String, IssueEvent> itemEvents = builder
        .stream(classified.name(), Consumed.with(classified.keySerde(), classified.valueSerde())
            .withName("read-classified"))
        .filter((id, item) -> item != null, Named.as("skip-tombstones"))
        .process(() -> new IssueRouter(calendar, PUBLISHED_STORE), Named.as("route-to-issue"));
    KStream<String, IssueEvent> editEvents = builder
        .stream(edits.name(), Consumed.with(edits.keySerde(), edits.valueSerde()).withName("read-edits"))
        .filter((issue, edit) -> edit != null, Named.as("skip-empty-edits"))
        .selectKey((key, edit) -> edit.issueId(), Named.as("key-edit-by-its-issue"))
        .mapValues(IssueEvent::of, Named.as("edit-event"));

    Topic<String, ClassifiedAnnouncement> carryover = Topics.ASSEMBLER_CARRYOVER;
    KStream<String, IssueEvent> carriedEvents = builder
        .stream(carryover.name(), Consumed.with(carryover.keySerde(), carryover.valueSerde()).withName("read-carried"))
        .filter((issue, item) -> item != null, Named.as("skip-empty-carried"))
        .mapValues(IssueEvent::of, Named.as("carried-event"));

    KStream<String, IssueOutput> outputs = itemEvents.merge(editEvents, Named.as("issue-events"))
        .merge(carriedEvents, Named.as("issue-events-and-carried"))
        .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(IssueEvent.class)).withName("events-by-issue"))
        .process(() -> new IssueAssembler(calendar, drafts, coalesce), Named.as("fold-issue"), ISSUE_STORE, ITEMS_STORE);

    KStream<String, Draft> changes = outputs.filter((issue, o) -> o.draft() != null, Named.as("drafts-only"))
        .mapValues(IssueOutput::draft, Named.as("draft"));
    changes.to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("write-draft"));
    changes.filter((issue, d) -> d.status() == DraftStatus.PUBLISHED, Named.as("published-only"))
        .to(published.name(), Produced.with(published.keySerde(), published.valueSerde()).withName("write-published"));
    outputs.filter((issue, o) -> o.example() != null, Named.as("examples-only"))
        .map((issue, o) -> KeyValue.pair(o.example().itemId(), o.example()), Named.as("example-by-item"))
        .to(examples.name(), Produced.with(examples.keySerde(), examples.valueSerde()).withName("write-examples"));
    Topic<String, EditResult> results = Topics.BULLETIN_EDIT_RESULTS;
    outputs.filter((issue, o) -> o.result() != null, Named.as("results-only"))
        .map((issue, o) -> KeyValue.pair(o.result().editId(), o.result()), Named.as("result-by-edit"))
        .to(results.name(), Produced.with(results.keySerde(), results.valueSerde()).withName("write-edit-results"));
    outputs.filter((issue, o) -> o.carried() != null, Named.as("carried-only"))
        .map((issue, o) -> KeyValue.pair(o.carriedTo(), o.carried()), Named.as("carried-by-issue"))
        .to(carryover.name(), Produced.with(carryover.keySerde(), carryover.valueSerde()).withName("write-carried"));
  }
}

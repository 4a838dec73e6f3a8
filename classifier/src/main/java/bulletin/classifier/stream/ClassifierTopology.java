package bulletin.classifier.stream;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.Verdict;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.LabelledExample;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * announcements.raw → announcements.classified: each announcement with its section and reasons
 * (a record without a value goes to the dead-letter topic);
 * and bulletin.edits → classifier.examples: an editor's move of an item becomes a labelled example.
 */
public final class ClassifierTopology {
  private ClassifierTopology() {}

  /** Adds the classifier's processing to {@code builder}. */
  public static void build(StreamsBuilder builder, SectionModel model) {
    Topic<String, Announcement> in = Topics.ANNOUNCEMENTS_RAW;
    Topic<String, ClassifiedAnnouncement> out = Topics.ANNOUNCEMENTS_CLASSIFIED;
    builder.stream(in.name(), Consumed.with(in.keySerde(), in.valueSerde()).withName("read-raw"))
        .mapValues((id, a) -> classify(model, id, a), Named.as("classify"))
        .to(out.name(), Produced.with(out.keySerde(), out.valueSerde()).withName("write-classified"));

    // The classified items, by id, to give an editor's move the item's title and text.
    KTable<String, ClassifiedAnnouncement> items = builder.table(out.name(),
        Consumed.with(out.keySerde(), out.valueSerde()).withName("read-classified"),
        Materialized.<String, ClassifiedAnnouncement, KeyValueStore<Bytes, byte[]>>as(ITEMS_STORE)
            .withKeySerde(out.keySerde()).withValueSerde(out.valueSerde()));
    Topic<String, Edit> edits = Topics.BULLETIN_EDITS;
    Topic<String, LabelledExample> examples = Topics.CLASSIFIER_EXAMPLES;
    builder.stream(edits.name(), Consumed.with(edits.keySerde(), edits.valueSerde()).withName("read-edits"))
        .filter((issue, e) -> e != null && e.action() == EditAction.MOVE, Named.as("moves-only"))
        .selectKey((issue, e) -> e.itemId(), Named.as("key-by-item"))
        .join(items, ClassifierTopology::example,
            Joined.with(Serdes.String(), edits.valueSerde(), out.valueSerde(), "moves-by-item"))
        .to(examples.name(), Produced.with(examples.keySerde(), examples.valueSerde()).withName("write-examples"));
  }

  /** The state store of classified items by id. */
  public static final String ITEMS_STORE = "classified-items";

  static LabelledExample example(Edit move, ClassifiedAnnouncement item) {
    return new LabelledExample(1, item.id(), item.title(), item.text(), item.sourceName(), item.sourceLevel(),
        move.section(), move.by(), move.at());
  }

  /**
   * The announcement with its verdict. A record with no value (a tombstone) is no announcement:
   * it fails here, so that it goes to the dead-letter topic like any other unreadable record
   * instead of vanishing without a trace.
   */
  static ClassifiedAnnouncement classify(SectionModel model, String key, Announcement a) {
    if (a == null) {
      throw new IllegalArgumentException("record " + key + " of " + Topics.ANNOUNCEMENTS_RAW.name()
          + " has no value (a tombstone), not an announcement");
    }
    Verdict v = model.classify(Item.of(a));
    return ClassifiedAnnouncement.of(a, v.section(), v.confidence(), v.scores(), v.reasons(), v.model());
  }
}

package bulletin.classifier.stream;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.Verdict;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * announcements.raw → announcements.classified: each announcement with its section and reasons
 * (a record without a value goes to the dead-letter topic). Editors' moves reach the classifier as
 * labelled examples the assembler writes; see {@link EditorExamples}.
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

package bulletin.common.kafka;

import bulletin.common.json.JsonSerde;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.Edit;
import bulletin.common.record.EditResult;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SeenItem;
import bulletin.common.record.SourceHealth;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The catalogue of every topic the pipeline reads or writes. */
public final class Topics {
  private Topics() {}

  private static final Serde<String> KEY = Serdes.String();

  /** Scraped items, keyed by item id (a hash of the canonical URL). */
  public static final Topic<String, Announcement> ANNOUNCEMENTS_RAW =
      new Topic<>("announcements.raw", KEY, new JsonSerde<>(Announcement.class),
          Keeping.latestPerKey("an item by its id, for ever: replay and reclassify read every item again"));

  /** Items with their section, same key. */
  public static final Topic<String, ClassifiedAnnouncement> ANNOUNCEMENTS_CLASSIFIED =
      new Topic<>("announcements.classified", KEY, new JsonSerde<>(ClassifiedAnnouncement.class),
          Keeping.latestPerKey("an item's latest verdict, for ever: a rebuilt assembler reads every item with its reasons"));

  /** The latest draft of each issue, keyed by issue id (2021-01). */
  public static final Topic<String, Draft> BULLETIN_DRAFTS =
      new Topic<>("bulletin.drafts", KEY, new JsonSerde<>(Draft.class),
          Keeping.latestPerKey("the latest draft of each issue"));

  /** Editor and reviewer events, keyed by issue id. */
  public static final Topic<String, Edit> BULLETIN_EDITS =
      new Topic<>("bulletin.edits", KEY, new JsonSerde<>(Edit.class),
          Keeping.forever("every edit of every issue, for ever: the edit history; one issue's edits share its key, and they are few"));

  /** The assembler's verdict on each edit (applied, or refused with the reason), keyed by the edit's id. */
  public static final Topic<String, EditResult> BULLETIN_EDIT_RESULTS =
      new Topic<>("bulletin.edit-results", KEY, new JsonSerde<>(EditResult.class),
          Keeping.latestPerKey("the verdict on each edit, by the edit's id"));

  /**
   * Items an issue could not take (it was published before they reached it, or they arrived after
   * its submission and waited until it was published), keyed by the issue they go to instead.
   */
  public static final Topic<String, ClassifiedAnnouncement> ASSEMBLER_CARRYOVER =
      new Topic<>("assembler.carryover", KEY, new JsonSerde<>(ClassifiedAnnouncement.class),
          Keeping.forever("items passed on to a later issue share that issue's key; a few per month, kept for ever"));

  /** Issues as published, keyed by issue id. */
  public static final Topic<String, Draft> BULLETIN_PUBLISHED =
      new Topic<>("bulletin.published", KEY, new JsonSerde<>(Draft.class),
          Keeping.latestPerKey("each published issue, for ever"));

  /** The collector's seen-set, keyed by item id. */
  public static final Topic<String, SeenItem> COLLECTOR_STATE =
      new Topic<>("collector.state", KEY, new JsonSerde<>(SeenItem.class),
          Keeping.latestPerKey("the seen-set: an item collected once is never collected again"));

  /** One record per source poll, keyed by source id. */
  public static final Topic<String, SourceHealth> COLLECTOR_HEALTH =
      new Topic<>("collector.health", KEY, new JsonSerde<>(SourceHealth.class),
          Keeping.forDays(90, "one record per poll; a quarter shows each source's rhythm, and the latest record carries "
              + "its last success"));

  /** Editors' corrections as labelled examples, keyed by item id: what the classifier learns from. */
  public static final Topic<String, LabelledExample> CLASSIFIER_EXAMPLES =
      new Topic<>("classifier.examples", KEY, new JsonSerde<>(LabelledExample.class),
          Keeping.latestPerKey("the editors' corrections by item id, for ever: what the classifier learns from"));

  /** Records the classifier could not read or process, as the original bytes with error headers. */
  public static final Topic<byte[], byte[]> CLASSIFIER_DLQ = deadLetters("classifier.dlq");

  /** Records the assembler could not read or process, as the original bytes with error headers. */
  public static final Topic<byte[], byte[]> ASSEMBLER_DLQ = deadLetters("assembler.dlq");

  /** Every topic, for creating them up front. */
  public static final List<Topic<?, ?>> ALL = List.of(ANNOUNCEMENTS_RAW, ANNOUNCEMENTS_CLASSIFIED,
      BULLETIN_DRAFTS, BULLETIN_EDITS, BULLETIN_EDIT_RESULTS, ASSEMBLER_CARRYOVER, BULLETIN_PUBLISHED, COLLECTOR_STATE, COLLECTOR_HEALTH,
      CLASSIFIER_EXAMPLES, CLASSIFIER_DLQ, ASSEMBLER_DLQ);

  private static Topic<byte[], byte[]> deadLetters(String name) {
    return new Topic<>(name, Serdes.ByteArray(), Serdes.ByteArray(),
        Keeping.forever("a record waits here until ops send it back; nothing is lost meanwhile"));
  }
}

package bulletin.common.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An announcement with the section the classifier chose: the record on
 * {@code announcements.classified}. Every {@link Announcement} field, flat, plus the verdict.
 *
 * @param section the section title as printed (科技政策), or null when the item is off-topic
 */
public record ClassifiedAnnouncement(
    int schema,
    String id,
    String url,
    String sourceId,
    String sourceName,
    SourceLevel sourceLevel,
    String title,
    String publishedAt,
    Instant fetchedAt,
    String text,
    List<Attachment> attachments,
    String contentHash,
    int revision,
    String sectionHint,
    String section,
    double confidence,
    Map<String, Double> scores,
    List<String> reasons,
    String model) {

  public ClassifiedAnnouncement {
    // Validate the announcement part once, through its own constructor.
    Announcement a = new Announcement(schema, id, url, sourceId, sourceName, sourceLevel, title,
        publishedAt, fetchedAt, text, attachments, contentHash, revision, sectionHint);
    schema = a.schema();
    title = a.title();
    text = a.text();
    attachments = a.attachments();
    contentHash = a.contentHash();
    revision = a.revision();
    sectionHint = a.sectionHint();
    section = section == null || section.isBlank() ? null : section.strip();
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not between 0 and 1");
    }
    scores = scores == null ? Map.of() : Map.copyOf(scores);
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    model = model == null ? "" : model;
  }

  /** Joins an announcement with the classifier's verdict. */
  public static ClassifiedAnnouncement of(Announcement a, String section, double confidence,
      Map<String, Double> scores, List<String> reasons, String model) {
    return new ClassifiedAnnouncement(a.schema(), a.id(), a.url(), a.sourceId(), a.sourceName(),
        a.sourceLevel(), a.title(), a.publishedAt(), a.fetchedAt(), a.text(), a.attachments(),
        a.contentHash(), a.revision(), a.sectionHint(), section, confidence, scores, reasons, model);
  }

  /** The announcement without the verdict. */
  public Announcement announcement() {
    return new Announcement(schema, id, url, sourceId, sourceName, sourceLevel, title, publishedAt,
        fetchedAt, text, attachments, contentHash, revision, sectionHint);
  }

  /** The publication date in Asia/Shanghai. */
  public LocalDate publishedDate() {
    return PublishedAt.date(publishedAt);
  }

  /** Whether the classifier placed the item in a section. */
  public boolean onTopic() {
    return section != null;
  }
}

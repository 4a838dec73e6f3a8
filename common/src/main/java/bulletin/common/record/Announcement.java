package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One item scraped off a source: the record on {@code announcements.raw}, keyed by {@link #id}. */
public record Announcement(
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
    String sectionHint) {

  public static final int SCHEMA = 1;

  public Announcement {
    schema = schema == 0 ? SCHEMA : schema;
    require(id, "id");
    require(url, "url");
    require(sourceId, "sourceId");
    require(sourceName, "sourceName");
    requireNonNull(sourceLevel, "sourceLevel");
    title = require(title, "title").strip();
    PublishedAt.date(publishedAt);
    requireNonNull(fetchedAt, "fetchedAt");
    text = text == null ? "" : text;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    contentHash = contentHash == null ? "" : contentHash;
    revision = Math.max(revision, 1);
    sectionHint = sectionHint == null || sectionHint.isBlank() ? null : sectionHint.strip();
  }

  /** The publication date in Asia/Shanghai. */
  public LocalDate publishedDate() {
    return PublishedAt.date(publishedAt);
  }
}

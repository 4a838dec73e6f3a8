package bulletin.collector.parse;

import bulletin.common.record.Attachment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an article page yielded: title, date, plain text (paragraphs separated by \n), attachments,
 * the page's stated origin (来源) when it names one, and which path found the body and where.
 */
public record Article(String title, Optional<LocalDate> publishedAt, String text,
    List<Attachment> attachments, Optional<String> origin, ExtractionPath path, String foundIn) {}

package bulletin.review;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Classified items for tests, built the way the classifier writes them. */
public final class Items {
  private Items() {}

  public static ClassifiedAnnouncement item(String id, String section, SourceLevel level, String source,
      String date, String title, String text) {
    return new ClassifiedAnnouncement(1, id, "https://example.gov.cn/" + id + ".html", "src-" + id, source, level,
        title, date, Instant.parse("2021-03-26T00:00:00Z"), text, List.of(), "h-" + id, 1, null, section, 0.8,
        Map.of(), List.of("test"), "rules-1");
  }
}

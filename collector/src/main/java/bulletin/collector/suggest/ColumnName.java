package bulletin.collector.suggest;

import java.net.URI;
import java.util.Optional;

/**
 * A list's column as the page names it (通知公告), how the name was found ({@code tab}, {@code
 * heading}, or {@code URL} when the page shows the name only as an image), and the column's own list
 * page when the name links to one.
 */
public record ColumnName(String text, String foundBy, Optional<URI> page) {
  static ColumnName unnamed() {
    return new ColumnName("", "none", Optional.empty());
  }

  public boolean isKnown() {
    return !text.isEmpty();
  }
}

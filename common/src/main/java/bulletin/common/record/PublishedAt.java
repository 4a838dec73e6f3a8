package bulletin.common.record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the {@code publishedAt} field: an ISO date, or a date-time, in Asia/Shanghai. */
public final class PublishedAt {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private PublishedAt() {}

  /** The calendar date in Asia/Shanghai of an ISO date or date-time string. */
  public static LocalDate date(String iso) {
    if (iso == null || iso.isBlank()) {
      throw new IllegalArgumentException("publishedAt is missing");
    }
    String s = iso.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(s).atZoneSameInstant(ZONE).toLocalDate();
      }
      return LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "publishedAt '" + iso + "' is not an ISO date (2021-03-10) or date-time (2021-03-10T09:30:00)");
    }
  }
}

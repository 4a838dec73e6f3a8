package bulletin.assembler.issue;

import bulletin.common.record.Draft;
import java.time.LocalDate;

/**
 * The issue being drafted: its number, its date, and the window of publication dates it covers
 * (the {@code windowDays} days up to and including the issue date).
 */
public record IssuePlan(int number, LocalDate date, int windowDays) {
  public IssuePlan {
    if (number < 1) {
      throw new IllegalArgumentException("issue number " + number + " is not positive");
    }
    if (date == null) {
      throw new IllegalArgumentException("issue date is missing");
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("issue window of " + windowDays + " days is not positive");
    }
  }

  /** 2021-01 for issue 1 of 2021. */
  public String issueId() {
    return Draft.issueId(date.getYear(), number);
  }

  /** The first publication date the issue covers. */
  public LocalDate windowStart() {
    return date.minusDays(windowDays - 1L);
  }

  /** Whether an item published on {@code published} belongs in this issue. */
  public boolean covers(LocalDate published) {
    return !published.isBefore(windowStart()) && !published.isAfter(date);
  }
}

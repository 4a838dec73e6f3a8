package bulletin.assembler.issue;

import bulletin.common.record.Draft;
import java.time.LocalDate;

/**
 * One issue: its number (第 N 期), its date, and the first publication date it covers; it covers
 * everything published from {@code windowStart} up to and including its date.
 *
 * @param takesLateItems whether items published before the window belong here too: so it is for a
 *     scheduled issue after the first, which receives what came too late for a published one
 */
public record IssuePlan(int number, LocalDate date, LocalDate windowStart, boolean takesLateItems) {
  public IssuePlan {
    if (number < 1) {
      throw new IllegalArgumentException("issue number " + number + " is not positive");
    }
    if (date == null || windowStart == null) {
      throw new IllegalArgumentException("an issue needs a date and a window start");
    }
    if (windowStart.isAfter(date)) {
      throw new IllegalArgumentException("issue window starts " + windowStart + ", after the issue date " + date);
    }
  }

  /** 2021-01 for issue 1 of 2021. */
  public String issueId() {
    return Draft.issueId(date.getYear(), number);
  }

  /** Whether an item published on {@code published} belongs in this issue. */
  public boolean covers(LocalDate published) {
    return (takesLateItems || !published.isBefore(windowStart)) && !published.isAfter(date);
  }
}

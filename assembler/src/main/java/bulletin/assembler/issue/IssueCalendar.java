package bulletin.assembler.issue;

import bulletin.common.profile.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The issues the profile's schedule makes: which issue covers a date, and what issue an id names. */
public final class IssueCalendar {
  private static final Pattern ID = Pattern.compile("(\\d{4})-(\\d{2,})");
  private final Schedule schedule;

  public IssueCalendar(Schedule schedule) {
    this.schedule = schedule;
  }

  /** The k-th issue (0 is the first). */
  public IssuePlan issue(int k) {
    LocalDate date = dateOf(k);
    LocalDate windowStart = k == 0 ? date.minus(schedule.cadence()).plusDays(1) : dateOf(k - 1).plusDays(1);
    return new IssuePlan(number(k, date), date, windowStart, k > 0);
  }

  /**
   * The issue whose window covers {@code published}; an item published before the first issue's
   * window belongs to the first issue (which sets it aside as outside its window).
   */
  public IssuePlan issueFor(LocalDate published) {
    return issue(indexOf(published));
  }

  /** The issue after {@code plan}. */
  public IssuePlan next(IssuePlan plan) {
    return issue(indexOf(plan.date()) + 1);
  }

  /** The issue an id such as 2021-01 names, if the schedule has it. */
  public Optional<IssuePlan> byId(String issueId) {
    Matcher m = ID.matcher(issueId == null ? "" : issueId);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int number = Integer.parseInt(m.group(2));
    // Only that year's issues, found without going through the years before: an id of a far year
    // (9999-01, from an edit) costs no more than one of this year.
    for (int k = indexOf(LocalDate.of(year, 1, 1)); dateOf(k).getYear() == year; k++) {
      IssuePlan p = issue(k);
      if (p.number() == number) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private LocalDate dateOf(int k) {
    // From the first date each time, so that a monthly issue on the 31st stays on month ends.
    LocalDate d = schedule.firstDate();
    var c = schedule.cadence();
    return d.plusYears((long) c.getYears() * k).plusMonths((long) c.getMonths() * k).plusDays((long) c.getDays() * k);
  }

  /**
   * The first issue dated on or after {@code date}, by bisection: an issue comes at least
   * {@link #shortestDays} and at most {@link #longestDays} after the one before, which bounds the
   * index on both sides.
   */
  private int indexOf(LocalDate date) {
    long days = ChronoUnit.DAYS.between(schedule.firstDate(), date);
    if (days <= 0) {
      return 0;
    }
    long low = days / longestDays(); // dateOf(low) is on or before date
    long high = days / shortestDays() + 1; // dateOf(high) is after it
    while (low < high) {
      long mid = (low + high) >>> 1;
      if (dateOf(Math.toIntExact(mid)).isBefore(date)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return Math.toIntExact(low);
  }

  /** The fewest days between two issues: a month is at least 28 days, a year 365. */
  private long shortestDays() {
    var c = schedule.cadence();
    return c.getYears() * 365L + c.getMonths() * 28L + c.getDays();
  }

  /** The most days between two issues: a month is at most 31 days, a year 366. */
  private long longestDays() {
    var c = schedule.cadence();
    return c.getYears() * 366L + c.getMonths() * 31L + c.getDays();
  }

  private int number(int k, LocalDate date) {
    if (schedule.numbering() == Schedule.Numbering.CONTINUOUS) {
      return schedule.firstNumber() + k;
    }
    int earlierThisYear = 0;
    for (int j = k - 1; j >= 0 && dateOf(j).getYear() == date.getYear(); j--) {
      earlierThisYear++;
    }
    boolean firstYear = date.getYear() == schedule.firstDate().getYear();
    return (firstYear ? schedule.firstNumber() : 1) + earlierThisYear;
  }
}

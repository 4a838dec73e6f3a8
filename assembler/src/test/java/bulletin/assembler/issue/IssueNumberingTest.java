package bulletin.assembler.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.common.profile.Schedule;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Yearly numbering that starts above 1: the first year counts on from the first number, later years from 1. */
class IssueNumberingTest {
  @Test
  void theFirstYearCountsFromTheFirstNumberAndEachLaterYearFromOne() {
    IssueCalendar monthly = new IssueCalendar(
        new Schedule(Period.ofMonths(1), LocalDate.of(2021, 10, 25), 40, Schedule.Numbering.YEARLY));
    assertEquals(40, monthly.issue(0).number());
    assertEquals(42, monthly.issue(2).number(), "2021-12-25");
    assertEquals(1, monthly.issue(3).number(), "2022-01-25");
    assertEquals(2, monthly.issue(4).number(), "2022-02-25");
    assertEquals("2022-01", monthly.issue(3).issueId());
  }
}

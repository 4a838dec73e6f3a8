package bulletin.assembler.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.Schedule;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssueCalendarTest {
  private final IssueCalendar monthly = new IssueCalendar(
      new Schedule(Period.ofMonths(1), LocalDate.of(2021, 3, 25), 1, Schedule.Numbering.YEARLY));

  @Test
  void theFirstIssueIsTheModelIssue() {
    IssuePlan first = monthly.issue(0);
    assertEquals("2021-01", first.issueId());
    assertEquals(LocalDate.of(2021, 3, 25), first.date());
    assertEquals(LocalDate.of(2021, 2, 26), first.windowStart());
    assertFalse(first.covers(LocalDate.of(2021, 1, 20)), "news from before the bulletin began");
  }

  @Test
  void eachIssueCoversTheDaysAfterThePreviousOne() {
    assertEquals("2021-01", monthly.issueFor(LocalDate.of(2021, 3, 25)).issueId());
    IssuePlan april = monthly.issueFor(LocalDate.of(2021, 3, 26));
    assertEquals("2021-02", april.issueId());
    assertEquals(LocalDate.of(2021, 3, 26), april.windowStart());
    assertEquals(LocalDate.of(2021, 4, 25), april.date());
    assertTrue(april.covers(LocalDate.of(2021, 3, 20)), "it takes what came too late for 第 1 期");
    assertEquals("2021-01", monthly.issueFor(LocalDate.of(2020, 11, 1)).issueId(), "before the first: the first");
  }

  @Test
  void yearlyNumberingRestartsInJanuary() {
    assertEquals("2021-10", monthly.issueFor(LocalDate.of(2021, 12, 25)).issueId());
    IssuePlan january = monthly.issueFor(LocalDate.of(2021, 12, 26));
    assertEquals("2022-01", january.issueId());
    assertEquals(1, january.number());
    assertEquals("2022-02", monthly.next(january).issueId());
  }

  @Test
  void continuousNumberingRunsOn() {
    IssueCalendar fortnightly = new IssueCalendar(
        new Schedule(Period.ofDays(14), LocalDate.of(2021, 12, 20), 40, Schedule.Numbering.CONTINUOUS));
    assertEquals(40, fortnightly.issue(0).number());
    IssuePlan next = fortnightly.issueFor(LocalDate.of(2021, 12, 21));
    assertEquals("2022-41", next.issueId());
    assertEquals(LocalDate.of(2022, 1, 3), next.date());
  }

  @Test
  void anIdNamesItsIssue() {
    assertEquals(Optional.of(monthly.issue(12)), monthly.byId(monthly.issue(12).issueId()));
    assertTrue(monthly.byId("2020-12").isEmpty());
    assertTrue(monthly.byId("next").isEmpty());
  }

  @Test
  void everyDayFallsInTheFirstIssueOnOrAfterIt() {
    for (String cadence : new String[] {"P1M", "P7D", "P1D", "P1Y", "P2M10D", "P1Y1M"}) {
      for (LocalDate first : new LocalDate[] {LocalDate.of(2021, 1, 31), LocalDate.of(2020, 2, 29)}) {
        IssueCalendar calendar = new IssueCalendar(
            new Schedule(Period.parse(cadence), first, 1, Schedule.Numbering.YEARLY));
        for (LocalDate d = first.minusDays(3); d.isBefore(first.plusYears(6)); d = d.plusDays(1)) {
          IssuePlan plan = calendar.issueFor(d);
          String where = cadence + " from " + first + ", " + d + ": " + plan;
          assertFalse(plan.date().isBefore(d), where);
          assertTrue(d.isBefore(first) ? plan.date().equals(first) : !d.isBefore(plan.windowStart()), where);
        }
      }
    }
  }

  @Test
  void anIssueOfAFarYearIsFoundAtOnce() {
    IssueCalendar daily = new IssueCalendar(
        new Schedule(Period.ofDays(1), LocalDate.of(2021, 3, 25), 1, Schedule.Numbering.YEARLY));
    IssuePlan last = daily.byId("9999-365").orElseThrow();
    assertEquals(LocalDate.of(9999, 12, 31), last.date());
    assertEquals(Optional.of(LocalDate.of(9999, 1, 1)), daily.byId("9999-01").map(IssuePlan::date));
    assertTrue(daily.byId("9999-366").isEmpty(), "9999 is no leap year");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 25)), daily.byId("2021-01").map(IssuePlan::date));
    assertTrue(daily.byId("2020-01").isEmpty(), "before the first issue");
  }

  @Test
  void theIssueAfterOneIsTheNextDate() {
    IssueCalendar fortnightly = new IssueCalendar(
        new Schedule(Period.ofDays(14), LocalDate.of(2021, 12, 20), 40, Schedule.Numbering.CONTINUOUS));
    IssuePlan plan = fortnightly.issue(0);
    for (int k = 1; k < 60; k++) {
      IssuePlan next = fortnightly.next(plan);
      assertEquals(plan.date().plusDays(14), next.date());
      assertEquals(plan.number() + 1, next.number());
      assertEquals(plan.date().plusDays(1), next.windowStart());
      plan = next;
    }
  }
}

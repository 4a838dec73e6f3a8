package bulletin.common.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Stale" means later than this source usually is. */
class PostingRhythmTest {
  private static final Instant START = Instant.parse("2021-03-01T02:00:00Z");

  /** A source that posted {@code count} times, {@code gap} apart, from START. */
  private static List<Instant> every(Duration gap, int count) {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      times = PostingRhythm.remember(times, START.plus(gap.multipliedBy(i)), 1);
    }
    return times;
  }

  @Test
  void aDailySourceIsStaleAfterThreeQuietDaysAndAWeeklyOneIsNot() {
    List<Instant> daily = every(Duration.ofDays(1), 10);
    List<Instant> weekly = every(Duration.ofDays(7), 10);
    Instant lastDaily = daily.get(daily.size() - 1);
    Instant lastWeekly = weekly.get(weekly.size() - 1);

    assertFalse(PostingRhythm.of(daily, lastDaily.plus(Duration.ofDays(2))).stale());
    assertTrue(PostingRhythm.of(daily, lastDaily.plus(Duration.ofDays(4))).stale());
    assertFalse(PostingRhythm.of(weekly, lastWeekly.plus(Duration.ofDays(4))).stale(), "a weekly source is on time");
    assertTrue(PostingRhythm.of(weekly, lastWeekly.plus(Duration.ofDays(22))).stale());
    assertEquals(Duration.ofDays(7), PostingRhythm.of(weekly, lastWeekly).usualGap());
  }

  @Test
  void theUsualGapIgnoresTheRareLongPause() {
    List<Instant> times = every(Duration.ofDays(1), 9);
    Instant afterHoliday = times.get(times.size() - 1).plus(Duration.ofDays(12));
    times = PostingRhythm.remember(times, afterHoliday, 1);
    assertEquals(Duration.ofDays(1), PostingRhythm.of(times, afterHoliday).usualGap(), "one gap in nine is long");
  }

  @Test
  void withoutARhythmASourceIsStaleAfterThirtyQuietDays() {
    List<Instant> once = PostingRhythm.remember(List.of(), START, 5);
    PostingRhythm r = PostingRhythm.of(once, START.plus(Duration.ofDays(10)));
    assertNull(r.usualGap());
    assertEquals(5, r.itemsLast30Days(), "five items seen in one poll");
    assertFalse(r.stale());
    assertTrue(PostingRhythm.of(once, START.plus(Duration.ofDays(31))).stale());
    assertFalse(PostingRhythm.of(List.of(), START).stale(), "a source never seen posting is not late");
    assertNull(PostingRhythm.of(List.of(), START).sinceLastItem());
  }

  @Test
  void itemsOfThirtyDaysAndTheMemoryAreBounded() {
    List<Instant> times = every(Duration.ofDays(1), 200);
    Instant last = times.get(times.size() - 1);
    assertEquals(31, PostingRhythm.of(times, last).itemsLast30Days(), "today and the 30 days before");
    assertTrue(times.get(0).isAfter(last.minus(PostingRhythm.MEMORY).minusSeconds(1)), "older times are forgotten");
    List<Instant> burst = PostingRhythm.remember(List.of(), START, 500);
    assertEquals(PostingRhythm.MAX_TIMES, burst.size());
  }

  @Test
  void threeGapsAreEnoughForARhythm() {
    assertEquals(Duration.ofDays(1), PostingRhythm.of(every(Duration.ofDays(1), 4), START.plus(Duration.ofDays(3))).usualGap());
    assertNull(PostingRhythm.of(every(Duration.ofDays(1), 3), START.plus(Duration.ofDays(2))).usualGap(), "two are not");
  }

  @Test
  void theUsualGapIsTheOneFourInFiveGapsStayWithin() {
    // gaps of 1, 2, … 10 days: eight of ten are within 8 days
    List<Instant> times = new ArrayList<>();
    Instant t = START;
    times.add(t);
    for (int gap = 1; gap <= 10; gap++) {
      t = t.plus(Duration.ofDays(gap));
      times.add(t);
    }
    assertEquals(Duration.ofDays(8), PostingRhythm.of(times, t).usualGap());
  }

  @Test
  void aSourceIsLateOnlyPastItsAllowanceNotAtIt() {
    List<Instant> daily = every(Duration.ofDays(1), 5);
    Instant last = daily.get(daily.size() - 1);
    assertFalse(PostingRhythm.of(daily, last.plus(Duration.ofDays(3))).stale(), "exactly three usual gaps");
    assertTrue(PostingRhythm.of(daily, last.plus(Duration.ofDays(3)).plusSeconds(1)).stale());

    List<Instant> hourly = every(Duration.ofHours(1), 5);
    Instant lastHour = hourly.get(hourly.size() - 1);
    assertFalse(PostingRhythm.of(hourly, lastHour.plus(Duration.ofDays(1))).stale(), "at least a day is allowed");
    assertTrue(PostingRhythm.of(hourly, lastHour.plus(Duration.ofDays(1)).plusSeconds(1)).stale());

    List<Instant> once = every(Duration.ofDays(1), 1);
    assertFalse(PostingRhythm.of(once, START.plus(PostingRhythm.DEFAULT_QUIET)).stale(), "exactly 30 quiet days");
    assertTrue(PostingRhythm.of(once, START.plus(PostingRhythm.DEFAULT_QUIET).plusSeconds(1)).stale());
  }
}

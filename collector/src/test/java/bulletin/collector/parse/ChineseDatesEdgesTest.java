package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the date reading: leap days without a year, days no year has, the earliest year taken. */
class ChineseDatesEdgesTest {
  @Test
  void aLeapDayWithoutAYearIsTheLatestFebruary29thNotAfterToday() {
    assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), ChineseDates.monthDay("02-29", LocalDate.of(2021, 3, 26)));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), ChineseDates.monthDay("2月29日", LocalDate.of(2024, 3, 1)));
  }

  @Test
  void aLeapDayWaitsUpToFourYearsBack() {
    // on 2024-02-28 this year's 29th is still to come, and 2023, 2022 and 2021 have none
    assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), ChineseDates.monthDay("02-29", LocalDate.of(2024, 2, 28)));
  }

  @Test
  void aDayThatNoYearHasGivesNoDate() {
    LocalDate today = LocalDate.of(2021, 3, 26);
    assertEquals(Optional.empty(), ChineseDates.monthDay("02-30", today));
    assertEquals(Optional.empty(), ChineseDates.monthDay("04-31", today));
    assertEquals(Optional.empty(), ChineseDates.monthDay("00-10", today));
    assertEquals(Optional.empty(), ChineseDates.monthDay("03-00", today));
    assertEquals(Optional.empty(), ChineseDates.monthDay("12-32", today));
    assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), ChineseDates.monthDay("12-31", today));
  }

  @Test
  void datesFrom1990OnAreTakenAndEarlierOnesAreNot() {
    LocalDate today = LocalDate.of(2021, 3, 26);
    assertEquals(Optional.of(LocalDate.of(1990, 1, 1)), ChineseDates.inText("1990-01-01", today));
    assertEquals(Optional.empty(), ChineseDates.inText("1989-12-31", today));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), ChineseDates.inText("1989年12月31日 2021-03-02", today));
  }

  @Test
  void theDateWrittenFirstInTheTextWinsWhicheverPatternReadsIt() {
    LocalDate today = LocalDate.of(2021, 3, 26);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), ChineseDates.inText("2021-03-02 2021年3月1日", today));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), ChineseDates.inText("2021年3月1日 2021-03-02", today));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 18)),
        ChineseDates.inUrl("https://kjt.zj.gov.cn/art/2021/3/18/art_20210301_1.html", today));
  }
}

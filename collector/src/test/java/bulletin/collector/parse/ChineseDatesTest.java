package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021年3月10日|2021-03-10",
      "发布时间：2021-03-10 09:30|2021-03-10",
      "[2021-03-17]|2021-03-17",
      "2021/3/10|2021-03-10",
      "日期：2021.03.10 来源：科技部|2021-03-10",
      "发布日期：2021年03月23日|2021-03-23",
      "来源：准格尔报社  2021 年 3 月 23 日|2021-03-23"})
  void readsTheCommonForms(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), ChineseDates.inText(text, TODAY));
  }

  @ParameterizedTest
  @CsvSource({
      "https://www.most.gov.cn/kjbgz/202103/t20210310_173163.html,2021-03-10",
      "https://kjt.zj.gov.cn/art/2021/3/18/art_1229080140_58926417.html,2021-03-18"})
  void readsDatesInUrls(String url, LocalDate expected) {
    assertEquals(Optional.of(expected), ChineseDates.inUrl(url, TODAY));
  }

  @Test
  void aDateInTheFutureIsNotAPublicationDate() {
    assertTrue(ChineseDates.inText("截止时间：2021年4月30日", TODAY).isEmpty());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 1)),
        ChineseDates.inText("申报截止2021年4月30日，发布于2021年3月1日", TODAY));
  }

  @Test
  void anImpossibleDateIsSkipped() {
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), ChineseDates.inText("2021-13-45 或 2021-03-02", TODAY));
    assertTrue(ChineseDates.inText("第6期", TODAY).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[03.16]|2021-03-16",
      "03-16|2021-03-16",
      "（03-14）|2021-03-14",
      "3月9日|2021-03-09",
      "12-30|2020-12-30"})
  void readsAMonthAndDayAloneAsTheLatestSuchDayNotAfterToday(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), ChineseDates.monthDay(text, TODAY));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10 2021-03|2021-03-10",
      "2021.03 10|2021-03-10",
      "03-10 2021|2021-03-10",
      "2021年3月 9日|2021-03-09"})
  void readsADaySetApartFromItsYearAndMonth(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), ChineseDates.inListText(text, TODAY));
  }

  @Test
  void aMonthAndDayMustBeTheWholeText() {
    assertTrue(ChineseDates.monthDay("增长2.5倍", TODAY).isEmpty());
    assertTrue(ChineseDates.monthDay("13-45", TODAY).isEmpty());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), ChineseDates.inListText("(2021-03-02)", TODAY));
  }

  @Test
  void aListDateBesideTheLinkIsReadWithoutTheHeadline() {
    var li = org.jsoup.Jsoup.parse("<ul><li><a href=a.html>2020年12月工作会议召开</a>[03.16] </li></ul>").selectFirst("li");
    String text = ListPageParser.dateText(li, li.selectFirst("a"));
    assertEquals("[03.16]", text);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 16)), ChineseDates.inListText(text, TODAY));
  }
}

package bulletin.common.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a masthead or footer field accepts, and the message naming what is wrong. */
class FieldRulesTest {
  @Test
  void theIssueNumberIsAWholeNumberFrom1To9999() {
    assertEquals(Optional.empty(), FieldRules.mastheadProblem("number", "1"));
    assertEquals(Optional.empty(), FieldRules.mastheadProblem("number", " 9999 "));
    assertEquals(Optional.of("期号“0”不是 1 到 9999 之间的整数"), FieldRules.mastheadProblem("number", "0"));
    assertEquals(Optional.of("期号“10000”不是 1 到 9999 之间的整数"), FieldRules.mastheadProblem("number", "10000"));
    assertEquals(Optional.of("期号“”不是 1 到 9999 之间的整数"), FieldRules.mastheadProblem("number", null));
  }

  @Test
  void theDateIsAnIsoDate() {
    assertEquals(Optional.empty(), FieldRules.mastheadProblem("date", "2021-03-25"));
    assertEquals(Optional.of("日期“2021-02-30”不是有效的日期，应写成 2021-03-25 这样"),
        FieldRules.mastheadProblem("date", "2021-02-30"));
  }

  @Test
  void theMastheadHasOnlyTheNumberAndTheDate() {
    assertEquals(Optional.of("刊头没有“title”这一项（只有期号 number 和日期 date）"), FieldRules.mastheadProblem("title", "x"));
    assertEquals(Optional.of("刊头没有“null”这一项（只有期号 number 和日期 date）"), FieldRules.mastheadProblem(null, "1"));
  }

  @Test
  void aFooterFieldIsOneOfTheFooterLinesNotEmptyAndNotTooLong() {
    assertEquals(Optional.empty(), FieldRules.footerProblem("editor", "程继东"));
    assertEquals(Optional.of("报送栏没有“author”这一项（只有 reportTo、sendTo、editor、reviewer、phone、copies）"),
        FieldRules.footerProblem("author", "x"));
    assertEquals(Optional.of("报送栏的“editor”不能为空"), FieldRules.footerProblem("editor", "  "));
    assertEquals(Optional.of("报送栏的“editor”不能为空"), FieldRules.footerProblem("editor", null));
    assertEquals(Optional.empty(), FieldRules.footerProblem("sendTo", "局".repeat(200)));
    assertEquals(Optional.of("报送栏的“sendTo”太长（最多 200 字）"), FieldRules.footerProblem("sendTo", "局".repeat(201)));
  }

  @Test
  void theCopiesAreAWholeNumberOfAtMostFiveDigits() {
    assertEquals(Optional.empty(), FieldRules.footerProblem("copies", "20"));
    assertEquals(Optional.empty(), FieldRules.footerProblem("copies", "99999"));
    assertEquals(Optional.of("印数“100000”不是整数"), FieldRules.footerProblem("copies", "100000"));
    assertEquals(Optional.of("印数“二十”不是整数"), FieldRules.footerProblem("copies", "二十"));
    assertEquals(Optional.empty(), FieldRules.footerProblem("phone", "二十"), "only the copies are a number");
  }
}

package bulletin.collector.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in the ways Chinese government pages write one: 2021年3月10日,
 * 2021-03-10, 2021/3/10, 2021.03.10, and in URLs (t20210310_…, /art/2021/3/10/). A date after
 * {@code today} is not a publication date and is ignored.
 */
public final class ChineseDates {
  private static final List<Pattern> TEXT = List.of(
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"),
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"));
  private static final List<Pattern> URL = List.of(
      Pattern.compile("[/_t](20\\d{2})(\\d{2})(\\d{2})[_/.]"),
      Pattern.compile("/(20\\d{2})/(\\d{1,2})/(\\d{1,2})/"),
      Pattern.compile("/(20\\d{2})-(\\d{2})/(\\d{2})/"));

  /** A month and day alone, as homepage lists write them: 03-16, [03.16], （03-14）, 3月16日. */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "^[\\[(（【]?\\s*(\\d{1,2})\\s*(?:[-./]|月)\\s*(\\d{1,2})\\s*日?\\s*[\\])）】]?$");

  /**
   * A date whose day is set apart from its year and month, as list designs print it in two boxes:
   * "10 2021-03", "2021-03 10", "03-10 2021". Groups: the pattern's year, month and day, by name.
   */
  private static final List<Pattern> SPLIT = List.of(
      Pattern.compile("^(?<d>\\d{1,2})\\s+(?<y>\\d{4})\\s*[-./年]\\s*(?<m>\\d{1,2})月?$"),
      Pattern.compile("^(?<y>\\d{4})\\s*[-./年]\\s*(?<m>\\d{1,2})月?\\s+(?<d>\\d{1,2})日?$"),
      Pattern.compile("^(?<m>\\d{1,2})[-./](?<d>\\d{1,2})\\s+(?<y>\\d{4})$"));

  private ChineseDates() {}

  /**
   * The date of a text that is only a month and a day, without a year ({@code [03.16]}): the latest
   * such day not after {@code today}, since a list shows its newest items.
   */
  public static Optional<LocalDate> monthDay(String text, LocalDate today) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    for (int year = today.getYear(); year >= today.getYear() - 4; year--) { // 02-29 waits for a leap year
      try {
        LocalDate d = LocalDate.of(year, month, day);
        if (!d.isAfter(today)) {
          return Optional.of(d);
        }
      } catch (DateTimeException e) {
        if (month > 12 || day > 31 || month == 0 || day == 0) {
          return Optional.empty(); // 13-45 is no day of any year
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A list's date: a full date in {@code text}, else a day set apart from its year and month, else a
   * month and day alone (the latest not after today).
   */
  public static Optional<LocalDate> inListText(String text, LocalDate today) {
    return inText(text, today).or(() -> split(text, today)).or(() -> monthDay(text, today));
  }

  private static Optional<LocalDate> split(String text, LocalDate today) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replaceAll("\\s+", " ");
    for (Pattern p : SPLIT) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        try {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d")));
          return d.isAfter(today) ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The first valid date written in {@code text} that is not after {@code today}. */
  public static Optional<LocalDate> inText(String text, LocalDate today) {
    return first(TEXT, text, today);
  }

  /** A date encoded in a URL's path, if the CMS puts one there. */
  public static Optional<LocalDate> inUrl(String url, LocalDate today) {
    return first(URL, url, today);
  }

  private static Optional<LocalDate> first(List<Pattern> patterns, String s, LocalDate today) {
    if (s == null) {
      return Optional.empty();
    }
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        try {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (!d.isAfter(today) && d.getYear() >= 1990) {
            if (m.start() < bestAt) {
              best = d;
              bestAt = m.start();
            }
            break;
          }
        } catch (DateTimeException e) {
          // 2021-13-45 is not a date: look further
        }
      }
    }
    return Optional.ofNullable(best);
  }
}

package bulletin.common.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a masthead or footer field accepts. The review app checks a form with these rules where it
 * is typed, and the assembler checks every edit with them again.
 */
public final class FieldRules {
  private FieldRules() {}

  /** Why {@code value} cannot be the masthead's {@code field} ({@code number}, {@code date}), or empty when it can. */
  public static Optional<String> mastheadProblem(String field, String value) {
    String v = value == null ? "" : value.strip();
    switch (field == null ? "" : field) {
      case "number" -> {
        if (!v.matches("[1-9]\\d{0,3}")) {
          return Optional.of("期号“" + v + "”不是 1 到 9999 之间的整数");
        }
      }
      case "date" -> {
        try {
          LocalDate.parse(v);
        } catch (DateTimeParseException e) {
          return Optional.of("日期“" + v + "”不是有效的日期，应写成 2021-03-25 这样");
        }
      }
      default -> {
        return Optional.of("刊头没有“" + field + "”这一项（只有期号 number 和日期 date）");
      }
    }
    return Optional.empty();
  }

  /** Why {@code value} cannot be the footer's {@code field}, or empty when it can. */
  public static Optional<String> footerProblem(String field, String value) {
    String v = value == null ? "" : value.strip();
    if (!BulletinProfile.Footer.FIELDS.contains(field)) {
      return Optional.of("报送栏没有“" + field + "”这一项（只有 " + String.join("、", BulletinProfile.Footer.FIELDS) + "）");
    }
    if (v.isEmpty()) {
      return Optional.of("报送栏的“" + field + "”不能为空");
    }
    if (field.equals("copies") && !v.matches("\\d{1,5}")) {
      return Optional.of("印数“" + v + "”不是整数");
    }
    if (v.length() > 200) {
      return Optional.of("报送栏的“" + field + "”太长（最多 200 字）");
    }
    return Optional.empty();
  }
}

package bulletin.common.profile;

import bulletin.common.json.WireNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Period;

/**
 * When issues appear and how they are numbered.
 *
 * @param cadence the time between two issues, ISO-8601 (P1M monthly, P14D fortnightly)
 * @param firstDate the date of the first issue
 * @param firstNumber the first issue's number
 * @param numbering whether numbers restart at 1 each year or run on
 */
public record Schedule(Period cadence, LocalDate firstDate, int firstNumber, Numbering numbering) {
  public Schedule {
    if (cadence == null || cadence.isNegative() || cadence.isZero()) {
      throw new IllegalArgumentException("issues.cadence must be a positive period such as P1M or P14D");
    }
    if (firstDate == null) {
      throw new IllegalArgumentException("issues.firstDate is missing");
    }
    firstNumber = firstNumber < 1 ? 1 : firstNumber;
    numbering = numbering == null ? Numbering.YEARLY : numbering;
  }

  /** How issue numbers run. */
  public enum Numbering {
    /** 第 1 期 is the first issue of each year. */
    YEARLY,
    /** Numbers never restart. */
    CONTINUOUS;

    @JsonValue
    public String wireName() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Numbering parse(String v) {
      return WireNames.parse(Numbering.class, v, "issues.numbering");
    }
  }
}

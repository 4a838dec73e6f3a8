package bulletin.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a draft stands in the editor → reviewer → publish workflow. */
public enum DraftStatus {
  DRAFTING,
  IN_REVIEW,
  APPROVED,
  PUBLISHED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DraftStatus parse(String value) {
    for (DraftStatus s : values()) {
      if (s.wireName().equals(value)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "status '" + value + "' is not one of drafting, in_review, approved, published");
  }
}

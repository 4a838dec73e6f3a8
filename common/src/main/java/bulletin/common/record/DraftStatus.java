package bulletin.common.record;

import bulletin.common.json.WireNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a draft stands in the editor → reviewer → publish workflow. */
public enum DraftStatus {
  DRAFTING,
  IN_REVIEW,
  APPROVED,
  PUBLISHED;

  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static DraftStatus parse(String value) {
    return WireNames.parse(DraftStatus.class, value, "status");
  }
}

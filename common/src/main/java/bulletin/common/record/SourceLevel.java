package bulletin.common.record;

import bulletin.common.json.WireNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How authoritative a source is, from the top leadership down to peer regions. */
public enum SourceLevel {
  LEADERSHIP,
  NATIONAL,
  REGIONAL,
  MUNICIPAL,
  PEER;

  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  /** Parses the wire name ({@code national}, …), naming the allowed values when it is wrong. */
  @JsonCreator
  public static SourceLevel parse(String value) {
    return WireNames.parse(SourceLevel.class, value, "sourceLevel");
  }
}

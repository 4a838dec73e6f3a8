package bulletin.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How authoritative a source is, from the top leadership down to peer regions. */
public enum SourceLevel {
  LEADERSHIP,
  NATIONAL,
  REGIONAL,
  MUNICIPAL,
  PEER;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the wire name ({@code national}, …), naming the allowed values when it is wrong. */
  @JsonCreator
  public static SourceLevel parse(String value) {
    if (value != null) {
      for (SourceLevel level : values()) {
        if (level.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
          return level;
        }
      }
    }
    throw new IllegalArgumentException(
        "sourceLevel '" + value + "' is not one of leadership, national, regional, municipal, peer");
  }
}

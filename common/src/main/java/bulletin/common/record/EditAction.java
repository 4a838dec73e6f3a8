package bulletin.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an editor or reviewer did to a draft. */
public enum EditAction {
  MOVE,
  DROP,
  REWRITE,
  REORDER,
  ADD,
  SUBMIT,
  APPROVE,
  REJECT,
  PUBLISH,
  /** Sets a masthead field: {@code number} or {@code date}. */
  MASTHEAD,
  /** Sets a footer field: {@code reportTo}, {@code sendTo}, {@code editor}, {@code reviewer}, {@code phone}, {@code copies}. */
  FOOTER;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EditAction parse(String value) {
    for (EditAction a : values()) {
      if (a.wireName().equals(value)) {
        return a;
      }
    }
    throw new IllegalArgumentException("action '" + value + "' is not one of "
        + Arrays.stream(values()).map(EditAction::wireName).collect(Collectors.joining(", ")));
  }
}

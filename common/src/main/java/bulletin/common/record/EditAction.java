package bulletin.common.record;

import bulletin.common.json.WireNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
  /** Takes an item that arrived after submission into the issue, once it is sent back. */
  TAKE_IN,
  /** Sets a masthead field: {@code number} or {@code date}. */
  MASTHEAD,
  /** Sets a footer field: {@code reportTo}, {@code sendTo}, {@code editor}, {@code reviewer}, {@code phone}, {@code copies}. */
  FOOTER;

  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static EditAction parse(String value) {
    return WireNames.parse(EditAction.class, value, "action");
  }
}

package bulletin.common.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enums on the wire and in YAML are written in lower case (in_review); reading names the allowed values. */
public final class WireNames {
  private WireNames() {}

  /** {@code IN_REVIEW} → {@code in_review}. */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The constant written as {@code value}, or an error naming {@code field} and the allowed values. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(wanted)) {
        return e;
      }
    }
    throw new IllegalArgumentException(field + " '" + value + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", ")));
  }
}

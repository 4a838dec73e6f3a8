package bulletin.common.record;

/** Argument checks whose messages name the field that was wrong. */
final class Checks {
  private Checks() {}

  static String require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }

  static <T> T requireNonNull(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }
}

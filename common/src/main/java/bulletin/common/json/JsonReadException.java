package bulletin.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;

/** A JSON text that is not a valid record of the expected type; the message says why. */
public final class JsonReadException extends RuntimeException {
  private final Class<?> type;

  JsonReadException(Class<?> type, IOException cause) {
    super("not a valid " + type.getSimpleName() + ": " + describe(cause), cause);
    this.type = type;
  }

  JsonReadException(Class<?> type, String why) {
    super("not a valid " + type.getSimpleName() + ": " + why);
    this.type = type;
  }

  /** The record type that was expected. */
  public Class<?> type() {
    return type;
  }

  private static String describe(IOException e) {
    // Validation in a record's constructor surfaces as the cause: its message names the field.
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause().getMessage();
    }
    if (e instanceof JsonProcessingException p) {
      String where = p.getLocation() == null ? ""
          : " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
      return p.getOriginalMessage() + where;
    }
    return e.getMessage();
  }
}

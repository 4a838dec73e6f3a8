package bulletin.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** The one JSON mapping of the project: camelCase, ISO dates, unknown fields ignored. */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();

  private Json() {}

  /** The shared mapper (thread-safe once configured). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One record as one line of JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads one record, with a message that names the type and what was wrong. */
  public static <T> T read(String json, Class<T> type) {
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new JsonReadException(type, e);
    }
    return present(value, type);
  }

  /** Reads one record from UTF-8 bytes. */
  public static <T> T read(byte[] json, Class<T> type) {
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new JsonReadException(type, e);
    }
    return present(value, type);
  }

  /** Reads one record from UTF-8 bytes with a reader made for {@code type} ({@code mapper().readerFor(type)}). */
  static <T> T read(com.fasterxml.jackson.databind.ObjectReader reader, byte[] json, Class<T> type) {
    T value;
    try {
      value = reader.readValue(json);
    } catch (IOException e) {
      throw new JsonReadException(type, e);
    }
    return present(value, type);
  }

  /** The JSON text {@code null} is no record: Jackson reads it as a null value, which callers do not expect. */
  private static <T> T present(T value, Class<T> type) {
    if (value == null) {
      throw new JsonReadException(type, "the JSON is null, not an object");
    }
    return value;
  }
}

package bulletin.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type over {@link Json}. A record it cannot read raises a
 * {@link SerializationException} naming the topic, which the services' deserialization handler
 * turns into a dead-letter record instead of a dead stream.
 *
 * <p>Each record is one of thousands a second on a stream, so the reader and writer for the type
 * are made once (no type resolution or serializer look-up per record), and records are written
 * straight to UTF-8 bytes, not through a {@code String} that is then encoded again.
 */
public final class JsonSerde<T> implements Serde<T> {
  private final Class<T> type;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  public JsonSerde(Class<T> type) {
    this.type = type;
    this.reader = Json.mapper().readerFor(type);
    // Written as UTF-8 directly, a character beyond the BMP (𠀀, an emoji) stays one 4-byte sequence,
    // as it is when a String is encoded, not a pair of \\u escapes.
    this.writer = Json.mapper().writerFor(type).with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      try {
        return writer.writeValueAsBytes(value);
      } catch (JsonProcessingException e) { // as Json.write says it
        throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
            + e.getOriginalMessage(), e);
      }
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null; // a tombstone
      }
      try {
        return Json.read(reader, bytes, type);
      } catch (JsonReadException e) {
        throw new SerializationException(topic + ": " + e.getMessage(), e);
      }
    };
  }
}

package bulletin.common.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type over {@link Json}. A record it cannot read raises a
 * {@link SerializationException} naming the topic, which the services' deserialization handler
 * turns into a dead-letter record instead of a dead stream.
 */
public final class JsonSerde<T> implements Serde<T> {
  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : Json.write(value).getBytes(UTF_8);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null; // a tombstone
      }
      try {
        return Json.read(bytes, type);
      } catch (JsonReadException e) {
        throw new SerializationException(topic + ": " + e.getMessage(), e);
      }
    };
  }
}

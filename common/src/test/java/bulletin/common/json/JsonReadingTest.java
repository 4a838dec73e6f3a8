package bulletin.common.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.record.SetAside;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Reading records from text and bytes, and the messages that say what was wrong. */
class JsonReadingTest {

  @Test
  void bytesReadAsTheSameRecordAsText() {
    String json = "{\"itemId\":\"i\",\"title\":\"标题\",\"reason\":\"超出配额\"}";
    SetAside expected = new SetAside("i", "标题", "超出配额");
    assertEquals(expected, Json.read(json, SetAside.class));
    assertEquals(expected, Json.read(json.getBytes(StandardCharsets.UTF_8), SetAside.class));
  }

  @Test
  void theMessageNamesTheTypeAndWhatWasWrong() {
    JsonReadException missing = assertThrows(JsonReadException.class,
        () -> Json.read("{\"itemId\":\"i\",\"reason\":\" \"}", SetAside.class));
    assertEquals("not a valid SetAside: reason is missing", missing.getMessage());
    assertEquals(SetAside.class, missing.type());
    JsonReadException cut = assertThrows(JsonReadException.class, () -> Json.read("{\"itemId\": ", SetAside.class));
    assertTrue(cut.getMessage().startsWith("not a valid SetAside: Unexpected end-of-input"), cut.getMessage());
    assertTrue(cut.getMessage().endsWith(" (line 1, column 12)"), cut.getMessage());
    JsonReadException nothing = assertThrows(JsonReadException.class,
        () -> Json.read("null".getBytes(StandardCharsets.UTF_8), SetAside.class));
    assertEquals("not a valid SetAside: the JSON is null, not an object", nothing.getMessage());
    assertEquals("not a valid SetAside: disk gone",
        new JsonReadException(SetAside.class, new IOException("disk gone")).getMessage());
  }

  @Test
  void theSerdeWritesAndReadsRecordsAndPassesTombstones() {
    JsonSerde<SetAside> serde = new JsonSerde<>(SetAside.class);
    SetAside s = new SetAside("i", "标题", "超出配额");
    byte[] bytes = serde.serializer().serialize("t", s);
    assertArrayEquals(Json.write(s).getBytes(StandardCharsets.UTF_8), bytes);
    assertEquals(s, serde.deserializer().deserialize("t", bytes));
    assertNull(serde.serializer().serialize("t", null));
    assertNull(serde.deserializer().deserialize("t", null));
    SerializationException e = assertThrows(SerializationException.class,
        () -> serde.deserializer().deserialize("bulletin.drafts", "{}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("bulletin.drafts: not a valid SetAside: itemId is missing", e.getMessage());
  }
}

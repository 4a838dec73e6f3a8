package bulletin.common.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.record.Announcement;
import bulletin.common.record.Attachment;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.SetAside;
import bulletin.common.record.SourceLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

  @Test
  void theSerdeWritesTheBytesOfJsonWriteForEveryKindOfText() {
    // Supplementary characters, escapes and control characters, dates, lists and maps: the serde
    // writes UTF-8 directly, and must write exactly what the text form encodes to.
    String text = "科技局\"引号\"\\ 𠀀😀 tab\t line\n nul\u0001 ü é \u2028 </script>";
    ClassifiedAnnouncement a = ClassifiedAnnouncement.of(new Announcement(1, "id-1", "https://example.org/a?b=1&c=2",
        "src", "来源 😀", SourceLevel.REGIONAL, "标题 𠀀", "2021-03-17", Instant.parse("2021-03-17T08:09:10.123Z"), text,
        List.of(new Attachment("附件.pdf", "https://example.org/f.pdf")), "hash", 2, "科技政策"),
        "科技政策", 0.853, Map.of("科技政策", 0.853, "无关", 0.147), List.of("属地：包头（区内盟市）", text), "v1");
    JsonSerde<ClassifiedAnnouncement> serde = new JsonSerde<>(ClassifiedAnnouncement.class);
    byte[] bytes = serde.serializer().serialize("t", a);
    assertArrayEquals(Json.write(a).getBytes(StandardCharsets.UTF_8), bytes);
    assertEquals(a, serde.deserializer().deserialize("t", bytes));
    assertEquals(a, Json.read(bytes, ClassifiedAnnouncement.class));
  }
}

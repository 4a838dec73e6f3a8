package bulletin.classifier.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.model.SectionModel;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.SourceLevel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTopologyTest {
  /** Each test's own state directory: no lock shared with another run of these tests on the machine. */
  @TempDir
  java.nio.file.Path state;
  private TopologyTestDriver driver;

  static Announcement announcement(String id, String title, String text) {
    return new Announcement(1, id, "https://kjt.nmg.gov.cn/" + id + ".html", "nmgkjt-gzdt", "自治区科技厅",
        SourceLevel.REGIONAL, title, "2021-03-17", Instant.parse("2021-03-18T00:00:00Z"), text, List.of(), "h", 1,
        "科技兴蒙");
  }

  @BeforeEach
  void start() {
    StreamsBuilder builder = new StreamsBuilder();
    ClassifierTopology.build(builder, SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty()));
    Properties props = StreamsApp.properties("classifier-test", "unused:9092", Topics.CLASSIFIER_DLQ, 1, state.toString());
    driver = new TopologyTestDriver(builder.build(props), props);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void eachAnnouncementIsWrittenBackWithItsSectionReasonsAndModel() {
    var in = driver.createInputTopic(Topics.ANNOUNCEMENTS_RAW.name(), Topics.ANNOUNCEMENTS_RAW.keySerde().serializer(),
        Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer());
    var out = driver.createOutputTopic(Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
        Topics.ANNOUNCEMENTS_CLASSIFIED.keySerde().deserializer(), Topics.ANNOUNCEMENTS_CLASSIFIED.valueSerde().deserializer());
    Announcement a = announcement("a1", "自治区科技厅召开科技兴蒙合作项目视频调度会", "3月17日，自治区科技厅召开视频调度会。");
    in.pipeInput(a.id(), a);

    var result = out.readKeyValue();
    assertEquals("a1", result.key);
    ClassifiedAnnouncement c = result.value;
    assertEquals("科技兴蒙", c.section());
    assertTrue(c.model().startsWith("lr7-"), c.model());
    assertEquals(a, c.announcement());
    assertTrue(!c.reasons().isEmpty() && c.scores().containsKey("科技兴蒙"));
  }

  @Test
  void anUnreadableRecordDoesNotStopTheStream() {
    var raw = driver.createInputTopic(Topics.ANNOUNCEMENTS_RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
    var out = driver.createOutputTopic(Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
        Topics.ANNOUNCEMENTS_CLASSIFIED.keySerde().deserializer(), Topics.ANNOUNCEMENTS_CLASSIFIED.valueSerde().deserializer());
    raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "{\"title\": 不是JSON".getBytes(StandardCharsets.UTF_8));
    Announcement good = announcement("a2", "内蒙古推行“揭榜挂帅”新举措", "自治区科技厅发布揭榜挂帅工作实施细则，助力科技兴蒙。");
    raw.pipeInput(good.id().getBytes(StandardCharsets.UTF_8),
        Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer().serialize("x", good));

    assertEquals("a2", out.readKeyValue().key);
    assertTrue(out.isEmpty());
  }

  @Test
  void aRecordWithoutValueIsRefusedAndTheStreamGoesOn() {
    // Refused as an error, so that the services' handler sends it to classifier.dlq (the test
    // driver does not write dead letters; launcher's FaultPoisonRecordsTest reads them on a broker).
    var raw = driver.createInputTopic(Topics.ANNOUNCEMENTS_RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
    var out = driver.createOutputTopic(Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
        Topics.ANNOUNCEMENTS_CLASSIFIED.keySerde().deserializer(), Topics.ANNOUNCEMENTS_CLASSIFIED.valueSerde().deserializer());
    raw.pipeInput("gone".getBytes(StandardCharsets.UTF_8), (byte[]) null);
    raw.pipeInput("json-null".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8));
    Announcement good = announcement("a3", "内蒙古推行“揭榜挂帅”新举措", "自治区科技厅发布揭榜挂帅工作实施细则，助力科技兴蒙。");
    raw.pipeInput(good.id().getBytes(StandardCharsets.UTF_8),
        Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer().serialize("x", good));

    assertEquals("a3", out.readKeyValue().key);
    assertTrue(out.isEmpty());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ClassifierTopology.classify(SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty()), "gone",
            null));
    assertEquals("record gone of announcements.raw has no value (a tombstone), not an announcement", e.getMessage());
  }
}

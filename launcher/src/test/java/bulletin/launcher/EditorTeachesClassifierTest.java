package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.assembler.AssemblerMain;
import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import bulletin.review.ReviewMain;
import bulletin.review.ReviewServer;
import bulletin.testkit.Await;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import bulletin.testkit.WebSession;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an item in the review app becomes a labelled example that the classifier learns from. */
class EditorTeachesClassifierTest {

  @Test
  void aMoveInTheReviewAppIsALabelForTheClassifier(@TempDir Path dir) throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Announcement a = new Announcement(1, "teach-" + run, "https://kjt.nmg.gov.cn/teach-" + run + ".html", "nmg",
        "自治区科技厅", SourceLevel.REGIONAL, "自治区科技厅调研鄂尔多斯应用技术学院科研平台建设" + run, "2023-11-10",
        Instant.now(), "自治区科技厅调研组到鄂尔多斯应用技术学院，调研科研平台建设和科技成果转化工作。", List.of(), "h", 1, "科技兴蒙");
    Map<String, String> common = Map.of("kafka.bootstrap", bootstrap, "streams.state-dir", dir.toString(),
        "topics.partitions", "1");
    Settings assembler = Settings.load(AssemblerMain.DEFAULTS, merge(common, Map.of("streams.application-id",
        "assembler-teach-" + run)));
    Settings reviewApp = Settings.load(ReviewMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap, "topics.partitions", "1",
        "review.port", "0", "review.users-file", dir.resolve("users.txt").toString(),
        "review.sessions-file", dir.resolve("sessions.txt").toString()));
    Settings classifier = Settings.load(ClassifierMain.DEFAULTS, merge(common, Map.of("streams.application-id",
        "classifier-teach-" + run)));
    var printed = new java.io.ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8);
    try (StreamsApp c = ClassifierMain.start(classifier); StreamsApp s = AssemblerMain.start(assembler);
        ReviewServer review = ReviewMain.start(reviewApp, out)) {
      c.awaitRunning(Duration.ofSeconds(60));
      s.awaitRunning(Duration.ofSeconds(60));
      try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
          Topics.ANNOUNCEMENTS_RAW.keySerde().serializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer())) {
        producer.send(new ProducerRecord<>(Topics.ANNOUNCEMENTS_RAW.name(), a.id(), a)).get();
      }
      String password = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.contains("review user editor"))
          .map(l -> l.replaceAll(".*password (\\S+);.*", "$1")).findFirst().orElseThrow();
      WebSession editor = new WebSession(review.url());
      editor.login("editor", password);
      Await.until("the item reaches the draft of 2023-11", Duration.ofSeconds(60),
          () -> !Jsoup.parse(editor.get("/issues/2023-11").body()).select("div.item[data-item=" + a.id() + "]").isEmpty());
      assertEquals(303, editor.edit("2023-11", Map.of("action", "move", "itemId", a.id(), "section", "部门动态")).statusCode());

      var t = Topics.CLASSIFIER_EXAMPLES;
      List<ConsumerRecord<String, LabelledExample>> examples = TopicRecords.await(bootstrap, t.name(),
          t.keySerde().deserializer(), t.valueSerde().deserializer(),
          rs -> rs.stream().anyMatch(r -> a.id().equals(r.key())), Duration.ofSeconds(60));
      LabelledExample label = examples.stream().filter(r -> a.id().equals(r.key())).findFirst().orElseThrow().value();
      assertEquals("部门动态", label.section());
      assertEquals("editor", label.by());
      assertEquals(a.title(), label.title());
    }
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    var m = new java.util.HashMap<>(a);
    m.putAll(b);
    return m;
  }
}

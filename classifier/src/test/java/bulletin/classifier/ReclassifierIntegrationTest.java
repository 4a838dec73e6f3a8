package bulletin.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.SectionRules;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** `classifier reclassify` on a real broker: history gets the current model's verdicts. */
class ReclassifierIntegrationTest {

  @Test
  void historyIsClassifiedAgainWithTheEditorsCorrections() throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    TopicAdmin.ensure(bootstrap, Topics.ALL, 1, (short) 1);
    String run = UUID.randomUUID().toString().substring(0, 8);
    Announcement a = new Announcement(1, "re-" + run, "https://kjt.nmg.gov.cn/re-" + run + ".html", "nmg", "自治区科技厅",
        SourceLevel.REGIONAL, "包头稀土研究院接受实验室安全检查" + run, "2021-03-18", Instant.now(),
        "包头稀土研究院接受自治区实验室安全检查。", List.of(), "h", 1, null);
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        Topics.ANNOUNCEMENTS_RAW.keySerde().serializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.ANNOUNCEMENTS_RAW.name(), a.id(), a)).get();
    }
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        Topics.CLASSIFIER_EXAMPLES.keySerde().serializer(), Topics.CLASSIFIER_EXAMPLES.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.CLASSIFIER_EXAMPLES.name(), "ex-" + run, new LabelledExample(1, "ex-" + run,
          "包头稀土研究院接受实验室安全检查工作" + run, "检查实验室。", "自治区科技厅", SourceLevel.REGIONAL, null,
          "程继东", Instant.now()))).get();
    }

    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    SectionModel model = SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty());
    Reclassifier.Report report = Reclassifier.run(bootstrap, model, Instant.EPOCH, new PrintStream(progress, true));

    assertTrue(report.read() >= 1);
    var t = Topics.ANNOUNCEMENTS_CLASSIFIED;
    List<ClassifiedAnnouncement> verdicts = TopicRecords.readToEnd(bootstrap, t.name(), t.keySerde().deserializer(),
        t.valueSerde().deserializer()).stream().filter(r -> a.id().equals(r.key())).map(ConsumerRecord::value).toList();
    assertEquals(1, verdicts.size());
    double alone = SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty())
        .classify(bulletin.classifier.model.Item.of(a)).scores().get(SectionRules.OFF_TOPIC);
    // an editor's move out of the bulletin (a safety check is not S&T news), pulling towards off-topic
    assertTrue(verdicts.get(0).scores().get(SectionRules.OFF_TOPIC) > alone,
        "the editors' correction pulls the history towards its section: " + alone + " → " + verdicts.get(0).scores());
  }
}

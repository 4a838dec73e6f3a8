package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.AssemblerMain;
import bulletin.classifier.ClassifierMain;
import bulletin.collector.Collector;
import bulletin.collector.CollectorSettings;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.LocalSite;
import bulletin.testkit.TopicRecords;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The whole path on a real broker: a GBK-encoded site served over HTTP → collector →
 * announcements.raw → classifier → announcements.classified → assembler → bulletin.drafts; then a
 * garbage record on announcements.raw goes to the dead-letter topic while a later item still
 * reaches the draft.
 */
final class PipelineScenario {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Duration WAIT = Duration.ofSeconds(90);

  private PipelineScenario() {}

  static void run(String bootstrap, Path stateDir) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (LocalSite site = LocalSite.start()) {
      site.page("/kjdt/", """
          <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>
          <ul class="list">
            <li><a href="./t20210317_1.html">自治区科技厅召开科技兴蒙合作项目视频调度会</a><span>2021-03-17</span></li>
            <li><a href="./t20210316_2.html">内蒙古自治区科技厅推行“揭榜挂帅”新举措</a><span>2021-03-16</span></li>
          </ul></body></html>""", GBK)
          .page("/kjdt/t20210317_1.html", article("3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。会议强调，要在落实合作协议和合作项目上下功夫。"), GBK)
          .page("/kjdt/t20210316_2.html", article("3月16日，自治区科技厅发布《内蒙古自治区科技计划“揭榜挂帅”工作实施细则（试行）》，助力实施“科技兴蒙”行动。"), GBK);
      SourceDefinition source = new SourceDefinition("nmg-e2e", "自治区科技厅", SourceLevel.REGIONAL, "科技兴蒙", "html",
          List.of(site.url("/kjdt/").toString()), null, null, null, new ListSelectors("ul.list li", "a", "a", "span"),
        new ArticleSelectors(null, null, "#zoom"), null, null, null, true, false);

      Settings assembler = Settings.load(AssemblerMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
          "streams.application-id", "assembler-e2e-" + run, "streams.state-dir", stateDir.toString(),
          "topics.partitions", "1"));
      Settings classifier = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
          "streams.application-id", "classifier-e2e-" + run, "streams.state-dir", stateDir.toString(),
          "topics.partitions", "1"));
      try (StreamsApp c = ClassifierMain.start(classifier); StreamsApp a = AssemblerMain.start(assembler)) {
        c.awaitRunning(WAIT);
        a.awaitRunning(WAIT);
        Set<String> ids;
        try (Collector collector = Collector.start(CollectorSettings.load(Map.of("kafka.bootstrap", bootstrap,
            "fetch.delay", "0s", "fetch.allow-loopback", "true", "collector.instance", "collector-e2e-" + run,
            "topics.partitions", "1")),
            Clock.systemUTC())) {
          assertEquals(2, collector.poll(source).newItems());
        }

        // 1. announcements.raw, Chinese intact
        var raw = Topics.ANNOUNCEMENTS_RAW;
        // Read as bytes: other tests leave unreadable records on the shared topic.
        List<Announcement> collected = TopicRecords.readToEnd(bootstrap, raw.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer()).stream().map(r -> readable(r.value()))
            .filter(x -> x != null && x.url().startsWith(site.url("/").toString())).toList();
        assertEquals(2, collected.size());
        assertTrue(collected.stream().anyMatch(x -> x.title().equals("内蒙古自治区科技厅推行“揭榜挂帅”新举措")));
        ids = collected.stream().map(Announcement::id).collect(Collectors.toSet());

        // 2. announcements.classified
        var classifiedTopic = Topics.ANNOUNCEMENTS_CLASSIFIED;
        List<ClassifiedAnnouncement> classifiedItems = TopicRecords.await(bootstrap, classifiedTopic.name(),
                classifiedTopic.keySerde().deserializer(), classifiedTopic.valueSerde().deserializer(),
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), WAIT)
            .stream().map(ConsumerRecord::value).filter(x -> ids.contains(x.id())).toList();
        assertTrue(classifiedItems.stream().allMatch(x -> "科技兴蒙".equals(x.section())), classifiedItems.toString());

        // 3. bulletin.drafts
        Draft draft = awaitDraftWith(bootstrap, ids);
        DraftItem drafted = draft.sections().stream().filter(s -> s.title().equals("科技兴蒙")).findFirst().orElseThrow()
            .items().stream().filter(i -> ids.contains(i.itemIds().get(0))).findFirst().orElseThrow();
        assertTrue(drafted.headline().endsWith("。"), drafted.headline());
        assertTrue(drafted.body().contains("自治区科技厅"), drafted.body());

        // 4. garbage on announcements.raw → classifier.dlq; a later item still reaches the draft
        byte[] garbage = ("这不是 JSON " + run).getBytes(StandardCharsets.UTF_8);
        Announcement later = new Announcement(1, "later-" + run, "https://kjt.nmg.gov.cn/later-" + run + ".html",
            "nmg-e2e", "自治区科技厅", SourceLevel.REGIONAL, "自治区科技厅部署科技兴蒙行动重点任务", "2021-03-20",
            Instant.now(), "3月20日，自治区科技厅部署科技兴蒙行动重点任务，推动科技创新。", List.of(), "h", 1, "科技兴蒙");
        try (var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new ByteArraySerializer(), new ByteArraySerializer())) {
          producer.send(new ProducerRecord<>(raw.name(), ("garbage-" + run).getBytes(StandardCharsets.UTF_8), garbage));
          producer.send(new ProducerRecord<>(raw.name(), later.id().getBytes(StandardCharsets.UTF_8),
              raw.valueSerde().serializer().serialize(raw.name(), later))).get();
        }
        ConsumerRecord<String, byte[]> dead = TopicRecords.await(bootstrap, Topics.CLASSIFIER_DLQ.name(),
                new StringDeserializer(), new ByteArrayDeserializer(),
                rs -> rs.stream().anyMatch(r -> ("garbage-" + run).equals(r.key())), WAIT)
            .stream().filter(r -> ("garbage-" + run).equals(r.key())).findFirst().orElseThrow();
        assertArrayEquals(garbage, dead.value());
        assertTrue(header(dead, "__streams.errors.message").contains("not a valid Announcement"));
        assertEquals(raw.name(), header(dead, "__streams.errors.topic"));
        awaitDraftWith(bootstrap, Set.of(later.id()));
      }
    }
  }

  private static Announcement readable(byte[] value) {
    try {
      return value == null ? null : bulletin.common.json.Json.read(value, Announcement.class);
    } catch (bulletin.common.json.JsonReadException e) {
      return null;
    }
  }

  private static String article(String body) {
    return "<html><head><meta charset=\"gbk\"></head><body><div class=\"nav\">首页 | 工作动态</div>"
        + "<div id=\"zoom\"><p>" + body.replace("。", "。</p><p>") + "</p></div>"
        + "<div class=\"footer\">主办单位：内蒙古自治区科学技术厅</div></body></html>";
  }

  private static Draft awaitDraftWith(String bootstrap, Set<String> ids) {
    var drafts = Topics.BULLETIN_DRAFTS;
    List<ConsumerRecord<String, Draft>> all = TopicRecords.await(bootstrap, drafts.name(),
        drafts.keySerde().deserializer(), drafts.valueSerde().deserializer(),
        rs -> rs.stream().anyMatch(r -> placed(r.value()).containsAll(ids)), WAIT);
    return all.stream().map(ConsumerRecord::value).filter(d -> placed(d).containsAll(ids)).findFirst().orElseThrow();
  }

  private static Set<String> placed(Draft d) {
    return d.sections().stream().flatMap(s -> s.items().stream()).flatMap(i -> i.itemIds().stream())
        .collect(Collectors.toSet());
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }
}

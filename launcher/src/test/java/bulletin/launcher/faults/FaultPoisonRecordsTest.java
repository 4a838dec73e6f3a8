package bulletin.launcher.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.AssemblerMain;
import bulletin.classifier.ClassifierMain;
import bulletin.common.json.Json;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.Draft;
import bulletin.testkit.Await;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreadable records between good announcements on announcements.raw: each lands in
 * classifier.dlq, as sent, with headers naming its error and origin, while every good item is
 * drafted once.
 */
class FaultPoisonRecordsTest {

  @Test
  void poisonRecordsGoToTheDeadLetterTopicAndGoodOnesAreDraftedOnce(@TempDir Path dir) throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = FaultKit.run();
    List<Announcement> good = FaultItems.batch("poison-good-" + run, 100, 24);
    FaultKit.assertDistinctStories(good);
    Set<String> ids = FaultKit.ids(good);

    // Each poison record, by key, with its value and what its dead letter's error must say.
    Announcement template = FaultItems.announcement("poison-template-" + run, 130);
    Map<String, Poison> poison = new LinkedHashMap<>();
    poison.put("poison-not-json-" + run, new Poison(new byte[] {(byte) 0xC3, 0x28, 'x', (byte) 0xFF, 0x00, '{'},
        "not a valid Announcement"));
    poison.put("poison-text-" + run, new Poison(utf8("自治区科技厅：这不是 JSON，只是一段话"), "not a valid Announcement"));
    poison.put("poison-truncated-" + run, new Poison(utf8(Json.write(template).substring(0, 80)),
        "not a valid Announcement"));
    poison.put("poison-array-" + run, new Poison(utf8("[1, 2, 3]"), "not a valid Announcement"));
    poison.put("poison-other-record-" + run, new Poison(utf8("{\"sourceId\":\"nmg\",\"ok\":true,\"problems\":[]}"),
        "id is missing"));
    poison.put("poison-json-null-" + run, new Poison(utf8("null"), "not a valid Announcement"));
    poison.put("poison-bad-date-" + run, new Poison(utf8(Json.write(
        ((ObjectNode) Json.mapper().valueToTree(template)).put("id", "poison-bad-date-" + run).put("publishedAt", "去年春天"))),
        "publishedAt '去年春天' is not an ISO date"));
    poison.put("poison-no-title-" + run, new Poison(utf8(Json.write(
        ((ObjectNode) Json.mapper().valueToTree(template)).put("id", "poison-no-title-" + run).put("title", "  "))),
        "title is missing"));
    poison.put("poison-tombstone-" + run, new Poison(null, "no value"));

    try (StreamsApp classifier = ClassifierMain.start(FaultKit.classifierSettings(bootstrap,
            "classifier-poison-" + run, dir));
        StreamsApp assembler = AssemblerMain.start(FaultKit.assemblerSettings(bootstrap,
            "assembler-poison-" + run, dir));
        var producer = new KafkaProducer<byte[], byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new ByteArraySerializer(), new ByteArraySerializer())) {
      classifier.awaitRunning(FaultKit.WAIT);
      assembler.awaitRunning(FaultKit.WAIT);

      try (var drafts = new FaultKit.DraftWatch(bootstrap)) {
        // good, poison, good, poison … and the good ones left over at the end
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        var raw = Topics.ANNOUNCEMENTS_RAW;
        var poisonIt = poison.entrySet().iterator();
        for (Announcement a : good) {
          acks.add(producer.send(new ProducerRecord<>(raw.name(), utf8(a.id()),
              raw.valueSerde().serializer().serialize(raw.name(), a))));
          if (poisonIt.hasNext()) {
            var p = poisonIt.next();
            acks.add(producer.send(new ProducerRecord<>(raw.name(), utf8(p.getKey()), p.getValue().value())));
          }
        }
        for (var ack : acks) {
          ack.get();
        }
        long sent = System.nanoTime();

        Draft d = drafts.awaitHolding(ids, FaultKit.WAIT);
        long drafted = System.nanoTime() - sent;

        List<List<ConsumerRecord<String, byte[]>>> read = new ArrayList<>(List.of(List.of()));
        Await.until("every poison record is dead-lettered", FaultKit.WAIT, () -> {
          read.set(0, TopicRecords.readToEnd(bootstrap, Topics.CLASSIFIER_DLQ.name(), new StringDeserializer(),
              new ByteArrayDeserializer()));
          return read.get(0).stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(poison.keySet());
        }, () -> "not yet " + poison.keySet().stream().filter(k -> read.get(0).stream().noneMatch(r -> k.equals(r.key()))).toList()
            .toString());
        List<ConsumerRecord<String, byte[]>> letters = read.get(0);
        Map<String, List<ConsumerRecord<String, byte[]>>> ours = letters.stream()
            .filter(r -> poison.containsKey(r.key()) || ids.contains(r.key()))
            .collect(Collectors.groupingBy(ConsumerRecord::key));
        for (var p : poison.entrySet()) {
          List<ConsumerRecord<String, byte[]>> l = ours.getOrDefault(p.getKey(), List.of());
          assertEquals(1, l.size(), p.getKey() + " should be dead-lettered once, is " + l.size() + " times");
          ConsumerRecord<String, byte[]> letter = l.get(0);
          assertArrayEquals(p.getValue().value(), letter.value(), p.getKey() + " kept as sent");
          String error = header(letter, "__streams.errors.message");
          assertTrue(error.contains(p.getValue().error()), p.getKey() + ": the error says '" + error + "', not '"
              + p.getValue().error() + "'");
          assertTrue(!header(letter, "__streams.errors.exception").isBlank(), p.getKey() + ": no exception header");
          assertEquals(Topics.ANNOUNCEMENTS_RAW.name(), header(letter, "__streams.errors.topic"), p.getKey());
          assertTrue(!header(letter, "__streams.errors.offset").isBlank(), p.getKey() + ": no offset header");
        }
        assertTrue(ids.stream().noneMatch(ours::containsKey), "a good item was dead-lettered: " + ours.keySet());
        assertTrue(FaultKit.counts(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name(), poison.keySet()).isEmpty(),
            "a poison record was classified");

        FaultKit.Figures f = FaultKit.assertDraftedOnce(bootstrap, d.issueId(), ids);
        long deadLettered = poison.keySet().stream().filter(ours::containsKey).count();
        FaultKit.print("poison-records", f, "poison records " + poison.size() + ", dead-lettered " + deadLettered,
            "all drafted", drafted);
      }
    }
  }

  /** A poison record's value (null: a tombstone) and a phrase its dead letter's error must contain. */
  private record Poison(byte[] value, String error) {}

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }
}

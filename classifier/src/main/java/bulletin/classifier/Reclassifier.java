package bulletin.classifier;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.Verdict;
import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import bulletin.common.kafka.LatestByKey;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Classifies the history of {@code announcements.raw} again with the current model and the
 * editors' corrections, writing new verdicts to {@code announcements.classified} in transactions.
 * The assembler takes a newer verdict of an item over the older one.
 */
final class Reclassifier {
  private static final int BATCH = 500;

  private Reclassifier() {}

  /** Counts of one run. */
  record Report(int read, int unreadable, int changed) {}

  static Report run(String bootstrap, SectionModel model, Instant since, PrintStream out) {
    Map<String, ClassifiedAnnouncement> current = LatestByKey.load(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED,
        Duration.ofSeconds(120));
    LatestByKey.load(bootstrap, Topics.CLASSIFIER_EXAMPLES, Duration.ofSeconds(60)).values().forEach(model::learn);
    var classified = Topics.ANNOUNCEMENTS_CLASSIFIED;
    int read = 0;
    int unreadable = 0;
    int changed = 0;
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var producer = new KafkaProducer<>(Map.<String, Object>of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bulletin-reclassify",
            ProducerConfig.ACKS_CONFIG, "all"), classified.keySerde().serializer(), classified.valueSerde().serializer())) {
      producer.initTransactions();
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.ANNOUNCEMENTS_RAW.name(), Duration.ofSeconds(60))
          .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      Map<TopicPartition, Long> query = new HashMap<>();
      partitions.forEach(p -> query.put(p, since.toEpochMilli()));
      Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(query);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      for (TopicPartition p : partitions) {
        OffsetAndTimestamp o = start.get(p);
        consumer.seek(p, o == null ? end.get(p) : o.offset());
      }
      producer.beginTransaction();
      int inTransaction = 0;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
          if (r.value() == null) {
            continue;
          }
          read++;
          Announcement a;
          try {
            a = Json.read(r.value(), Announcement.class);
          } catch (JsonReadException e) {
            unreadable++; // the stream sent it to classifier.dlq when it first came
            continue;
          }
          Verdict v = model.classify(Item.of(a));
          ClassifiedAnnouncement c = ClassifiedAnnouncement.of(a, v.section(), v.confidence(), v.scores(), v.reasons(),
              v.model());
          ClassifiedAnnouncement before = current.get(a.id());
          if (before == null || !Objects.equals(before.section(), c.section())) {
            changed++;
          }
          producer.send(new ProducerRecord<>(classified.name(), a.id(), c));
          if (++inTransaction >= BATCH) {
            producer.commitTransaction();
            out.printf("  %d reclassified…%n", read);
            producer.beginTransaction();
            inTransaction = 0;
          }
        }
      }
      producer.commitTransaction();
    }
    return new Report(read, unreadable, changed);
  }
}

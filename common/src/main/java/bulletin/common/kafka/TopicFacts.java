package bulletin.common.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What a topic holds and keeps, as the cluster says: partitions, cleanup policy, retention, size
 * on disk and the time of its oldest record, beside what the topic's {@link Keeping} chooses.
 *
 * @param bytes size on disk over every replica
 * @param offsets how many offsets its partitions span (records, and transaction markers)
 * @param oldest the earliest timestamp among the first records of its partitions, when it has any
 * @param difference how its settings differ from its Keeping, or empty
 */
public record TopicFacts(String name, boolean exists, int partitions, String cleanupPolicy, String retentionMs,
    long bytes, long offsets, Optional<Instant> oldest, Keeping keeping, String difference) {

  /** Reads the facts of {@code topics} from the cluster at {@code bootstrap}. */
  public static List<TopicFacts> read(String bootstrap, Collection<Topic<?, ?>> topics, Duration timeout) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
      Set<String> existing = admin.listTopics().names().get();
      List<Topic<?, ?>> present = topics.stream().filter(t -> existing.contains(t.name())).toList();
      Map<String, TopicDescription> descriptions = admin.describeTopics(
          present.stream().map(Topic::name).toList()).allTopicNames().get();
      Map<ConfigResource, Config> configs = admin.describeConfigs(present.stream()
          .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList()).all().get();
      Map<String, Long> bytes = sizes(admin);
      List<TopicPartition> partitions = descriptions.values().stream()
          .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
          .toList();
      Map<TopicPartition, Long> counts = new HashMap<>();
      Map<TopicPartition, Instant> firsts = firstRecordTimes(bootstrap, partitions, timeout, counts);
      List<TopicFacts> facts = new ArrayList<>();
      for (Topic<?, ?> t : topics) {
        if (!existing.contains(t.name())) {
          facts.add(new TopicFacts(t.name(), false, 0, "", "", 0, 0, Optional.empty(), t.keeping(), "missing"));
          continue;
        }
        Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t.name()));
        String policy = TopicAdmin.value(c, "cleanup.policy");
        String retention = TopicAdmin.value(c, "retention.ms");
        Optional<Instant> oldest = firsts.entrySet().stream().filter(e -> e.getKey().topic().equals(t.name()))
            .map(Map.Entry::getValue).min(Instant::compareTo);
        long records = counts.entrySet().stream().filter(e -> e.getKey().topic().equals(t.name()))
            .mapToLong(Map.Entry::getValue).sum();
        facts.add(new TopicFacts(t.name(), true, descriptions.get(t.name()).partitions().size(), policy, retention,
            bytes.getOrDefault(t.name(), 0L), records, oldest, t.keeping(), t.keeping().differenceFrom(policy, retention)));
      }
      return facts;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the topics at " + bootstrap + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the topics", e);
    }
  }

  private static Map<String, Long> sizes(Admin admin) throws ExecutionException, InterruptedException {
    List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
    Map<String, Long> bytes = new HashMap<>();
    for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
      for (LogDirDescription dir : dirs.values()) {
        dir.replicaInfos().forEach((tp, info) -> bytes.merge(tp.topic(), info.size(), Long::sum));
      }
    }
    return bytes;
  }

  /** The timestamp of each non-empty partition's first record; {@code counts} gets each partition's offset span. */
  private static Map<TopicPartition, Instant> firstRecordTimes(String bootstrap, List<TopicPartition> partitions,
      Duration timeout, Map<TopicPartition, Long> counts) {
    Map<TopicPartition, Instant> firsts = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(partitions);
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      Set<TopicPartition> waiting = partitions.stream().filter(tp -> end.get(tp) > begin.get(tp))
          .collect(Collectors.toCollection(java.util.HashSet::new));
      partitions.forEach(tp -> counts.put(tp, end.get(tp) - begin.get(tp)));
      consumer.seekToBeginning(partitions);
      consumer.pause(partitions.stream().filter(tp -> !waiting.contains(tp)).toList());
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!waiting.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          TopicPartition tp = new TopicPartition(r.topic(), r.partition());
          if (waiting.remove(tp)) {
            firsts.put(tp, Instant.ofEpochMilli(r.timestamp()));
            consumer.pause(List.of(tp));
          }
        }
        // a partition holding only transaction markers or aborted records has no first record
        waiting.removeIf(tp -> consumer.position(tp) >= end.get(tp));
      }
    }
    return firsts;
  }
}

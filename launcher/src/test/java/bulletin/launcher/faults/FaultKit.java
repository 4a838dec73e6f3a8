package bulletin.launcher.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.AssemblerMain;
import bulletin.assembler.draft.NearDuplicates;
import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftSection;
import bulletin.common.record.SetAside;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the fault tests share: settings for the services, sending items, and counting them in the draft. */
final class FaultKit {
  /** How long a test waits for the pipeline to settle before it fails. */
  static final Duration WAIT = Duration.ofSeconds(90);

  private FaultKit() {}

  /** A short random suffix that keeps a test's ids, group ids and transactional ids its own. */
  static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static Settings classifierSettings(String bootstrap, String applicationId, Path stateDir) {
    return Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", applicationId, "streams.state-dir", stateDir.toString(), "topics.partitions", "1",
        "metrics.port", "-1"));
  }

  static Settings assemblerSettings(String bootstrap, String applicationId, Path stateDir) {
    return Settings.load(AssemblerMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", applicationId, "streams.state-dir", stateDir.toString(), "topics.partitions", "1",
        "metrics.port", "-1", "output.dir", ""));
  }

  /** An idempotent producer of announcements (retries after a lost connection write nothing twice). */
  static KafkaProducer<String, Announcement> announcementProducer(String bootstrap) {
    return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.ACKS_CONFIG, "all"),
        Topics.ANNOUNCEMENTS_RAW.keySerde().serializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().serializer());
  }

  /** Sends {@code items} to announcements.raw and waits until the broker has every one. */
  static void send(KafkaProducer<String, Announcement> producer, List<Announcement> items) throws Exception {
    List<java.util.concurrent.Future<?>> acks = new java.util.ArrayList<>();
    for (Announcement a : items) {
      acks.add(producer.send(new ProducerRecord<>(Topics.ANNOUNCEMENTS_RAW.name(), a.id(), a)));
    }
    for (var ack : acks) {
      ack.get();
    }
  }

  static Set<String> ids(Collection<Announcement> items) {
    return items.stream().map(Announcement::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** Fails unless every item tells its own story: the draft would merge near-duplicates into one. */
  static void assertDistinctStories(List<Announcement> items) {
    var stories = NearDuplicates.clusters(items, Announcement::title, Announcement::text);
    assertEquals(items.size(), stories.size(), "test items that read as one story: "
        + stories.stream().filter(s -> s.size() > 1).map(s -> s.stream().map(Announcement::title).toList()).toList());
  }

  /** How many times each item id appears in a draft: in its sections' stories and in its set-aside list. */
  static Map<String, Integer> occurrences(Draft d) {
    Map<String, Integer> n = new HashMap<>();
    for (DraftSection s : d.sections()) {
      s.items().forEach(i -> i.itemIds().forEach(id -> n.merge(id, 1, Integer::sum)));
    }
    for (SetAside a : d.setAside()) {
      n.merge(a.itemId(), 1, Integer::sum);
    }
    return n;
  }

  /** The ids of {@code d} placed in its sections (not set aside). */
  static Set<String> placed(Draft d) {
    return d.sections().stream().flatMap(s -> s.items().stream()).flatMap(i -> i.itemIds().stream())
        .collect(Collectors.toSet());
  }

  /**
   * Follows bulletin.drafts (committed records only) and keeps the latest draft of each issue, so
   * a test can wait for the moment its items are all drafted.
   */
  static final class DraftWatch implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Draft> latest = new LinkedHashMap<>();

    DraftWatch(String bootstrap) {
      consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
          ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
          new StringDeserializer(), new ByteArrayDeserializer());
      String topic = Topics.BULLETIN_DRAFTS.name();
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      if (partitions.isEmpty()) {
        consumer.close();
        throw new IllegalStateException(topic + " does not exist: start the assembler first");
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    }

    /**
     * Waits until the latest draft of some issue holds every one of {@code ids} (placed or set
     * aside), and returns that draft; fails after {@code timeout} naming how many it last held.
     */
    Draft awaitHolding(Set<String> ids, Duration timeout) {
      awaitAtLeast(ids, ids.size(), timeout);
      return latest.values().stream().filter(d -> occurrences(d).keySet().containsAll(ids)).findFirst().orElseThrow();
    }

    /** Waits until the latest draft of some issue holds at least {@code count} of {@code ids}; returns how many. */
    long awaitAtLeast(Set<String> ids, int count, Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          if (r.value() == null) {
            continue;
          }
          try {
            latest.put(r.key(), Json.read(r.value(), Draft.class));
          } catch (JsonReadException e) {
            // not a draft this test wrote
          }
        }
        long most = latest.values().stream().mapToLong(d -> ids.stream().filter(occurrences(d)::containsKey).count())
            .max().orElse(0);
        if (most >= count) {
          return most;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("after " + timeout.toSeconds() + " s the latest drafts hold at most " + most
              + " of the " + ids.size() + " items sent");
        }
      }
    }

    @Override
    public void close() {
      consumer.close();
    }
  }

  /** The latest committed draft of {@code issueId} now on bulletin.drafts. */
  static Draft latestDraft(String bootstrap, String issueId) {
    Draft last = null;
    for (ConsumerRecord<String, byte[]> r : bulletin.testkit.TopicRecords.readToEnd(bootstrap,
        Topics.BULLETIN_DRAFTS.name(), new StringDeserializer(), new ByteArrayDeserializer())) {
      if (issueId.equals(r.key()) && r.value() != null) {
        last = Json.read(r.value(), Draft.class);
      }
    }
    if (last == null) {
      throw new AssertionError("no draft of issue " + issueId + " on " + Topics.BULLETIN_DRAFTS.name());
    }
    return last;
  }

  /** How many committed records announcements.classified holds for each of {@code ids}. */
  static Map<String, Integer> classifiedCounts(String bootstrap, Set<String> ids) {
    return counts(bootstrap, Topics.ANNOUNCEMENTS_CLASSIFIED.name(), ids);
  }

  /** How many committed records {@code topic} holds with each of {@code ids} as key. */
  static Map<String, Integer> counts(String bootstrap, String topic, Set<String> ids) {
    Map<String, Integer> n = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : bulletin.testkit.TopicRecords.readToEnd(bootstrap, topic,
        new StringDeserializer(), new ByteArrayDeserializer())) {
      if (r.key() != null && ids.contains(r.key()) && r.value() != null) {
        n.merge(r.key(), 1, Integer::sum);
      }
    }
    return n;
  }

  /** The figures of a finished fault test. */
  record Figures(int sent, int drafted, int duplicates) {}

  /**
   * Asserts that the latest draft of the issue holds each of {@code ids} exactly once, and that
   * announcements.classified holds exactly one committed record of each: nothing lost, nothing
   * doubled. Returns the figures to print.
   */
  static Figures assertDraftedOnce(String bootstrap, String issueId, Set<String> ids) {
    Draft draft = latestDraft(bootstrap, issueId);
    Map<String, Integer> inDraft = occurrences(draft);
    Map<String, Integer> classified = classifiedCounts(bootstrap, ids);
    int drafted = (int) ids.stream().filter(inDraft::containsKey).count();
    int duplicates = ids.stream().mapToInt(id -> Math.max(0, inDraft.getOrDefault(id, 0) - 1)
        + Math.max(0, classified.getOrDefault(id, 0) - 1)).sum();
    List<String> missing = ids.stream().filter(id -> !inDraft.containsKey(id)).toList();
    List<String> doubled = ids.stream().filter(id -> inDraft.getOrDefault(id, 0) > 1).toList();
    List<String> classifiedWrong = ids.stream().filter(id -> classified.getOrDefault(id, 0) != 1)
        .map(id -> id + "×" + classified.getOrDefault(id, 0)).toList();
    assertTrue(missing.isEmpty(), "lost from draft " + issueId + ": " + missing);
    assertTrue(doubled.isEmpty(), "doubled in draft " + issueId + ": " + doubled);
    assertTrue(classifiedWrong.isEmpty(), "not classified exactly once: " + classifiedWrong);
    assertEquals(ids.size(), drafted);
    // Placed, or set aside for a section's quota or by the classifier's verdict (off-topic): what a
    // fault must not cause is an item read as a repost of another, or otherwise dropped from the
    // sections. Which section the classifier picks is its own tests' business.
    List<SetAside> otherwise = draft.setAside().stream()
        .filter(s -> ids.contains(s.itemId()) && !s.reason().startsWith("over the quota")
            && !s.reason().startsWith("off-topic (classifier)")).toList();
    assertTrue(otherwise.isEmpty(), "set aside for another reason than a section's quota or the classifier's verdict: "
        + otherwise);
    return new Figures(ids.size(), drafted, duplicates);
  }

  /** Prints one line of figures, e.g. {@code fault broker-restart: items sent 40, drafted 40, duplicates 0, recovered in 3.2 s}. */
  static void print(String name, Figures f, String extra, long recoveredNanos) {
    print(name, f, extra, "recovered", recoveredNanos);
  }

  /** As {@link #print(String, Figures, String, long)}, naming what the time measures ("recovered"). */
  static void print(String name, Figures f, String extra, String timeLabel, long nanos) {
    String line = String.format(Locale.ROOT, "fault %s: items sent %d, drafted %d, duplicates %d%s, %s in %.1f s",
        name, f.sent(), f.drafted(), f.duplicates(), extra == null || extra.isEmpty() ? "" : ", " + extra,
        timeLabel, nanos / 1e9);
    System.out.println(line);
  }

  static String utf8(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }
}

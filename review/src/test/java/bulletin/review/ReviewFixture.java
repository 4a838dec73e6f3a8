package bulletin.review;

import bulletin.assembler.AssemblerMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.testkit.SharedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The assembler and its review app on the shared broker, with an editor and a reviewer. */
public final class ReviewFixture implements AutoCloseable {
  public static final String EDITOR = "程继东";
  public static final String EDITOR_PASSWORD = "editor-password";
  public static final String REVIEWER_PASSWORD = "reviewer-password";

  public final String bootstrap = SharedKafka.bootstrapServers();
  public final StreamsApp assembler;
  public final ReviewStore store;
  public final ReviewServer server;

  public ReviewFixture(Path dir) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Settings settings = Settings.load(AssemblerMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", "assembler-review-" + run, "streams.state-dir", dir.resolve("state").toString(),
        "topics.partitions", "1"));
    assembler = AssemblerMain.start(settings);
    assembler.awaitRunning(Duration.ofSeconds(60));
    Users users = Users.load(dir.resolve("users.txt"));
    users.put(EDITOR, Role.EDITOR, EDITOR_PASSWORD.toCharArray());
    users.put("乔栋", Role.REVIEWER, REVIEWER_PASSWORD.toCharArray());
    store = new ReviewStore(bootstrap).start();
    server = ReviewServer.start(bootstrap, users, store, BulletinProfile.defaultProfile(),
        new ReviewServer.Options(0, "127.0.0.1", true, Duration.ofMinutes(30), Duration.ofHours(8),
            dir.resolve("sessions.txt")));
  }

  /** Publishes classified items as the classifier would. */
  public void classified(ClassifiedAnnouncement... items) throws Exception {
    var t = Topics.ANNOUNCEMENTS_CLASSIFIED;
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
        t.keySerde().serializer(), t.valueSerde().serializer())) {
      for (ClassifiedAnnouncement a : items) {
        producer.send(new ProducerRecord<>(t.name(), a.id(), a)).get();
      }
    }
  }

  /** Waits until the store's draft of {@code issueId} holds {@code itemId}. */
  public Draft awaitDraftWith(String issueId, String itemId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      var d = store.draft(issueId);
      if (d.isPresent() && d.get().sections().stream().flatMap(s -> s.items().stream())
          .anyMatch(i -> i.itemIds().contains(itemId))) {
        return d.get();
      }
      store.awaitRevisionAfter(issueId, d.map(Draft::revision).orElse(-1L), Duration.ofMillis(500));
    }
    throw new AssertionError("no draft of " + issueId + " with " + itemId + " within 60 s");
  }

  @Override
  public void close() {
    server.close();
    assembler.close();
  }
}

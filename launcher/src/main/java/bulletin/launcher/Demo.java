package bulletin.launcher;

import bulletin.assembler.AssemblerMain;
import bulletin.assembler.DraftFiles;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.render.TextRenderer;
import bulletin.classifier.ClassifierMain;
import bulletin.collector.Collector;
import bulletin.collector.CollectorSettings;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceDefinition;
import bulletin.review.ReviewMain;
import bulletin.review.ReviewServer;
import bulletin.common.cli.StopSignal;
import bulletin.common.config.Settings;
import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.SourceHealth;
import bulletin.testkit.RecordedSite;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The demo: runs the real pipeline on a real broker over the pages written in the shape of the
 * bundled sources' sites, waits until every collected item is classified and the draft reflects
 * it, prints the draft and says where its files are.
 */
final class Demo {
  /** The model issue's date: the written pages are dated March 2021, which 第 1 期 covers. */
  static final String ISSUE_DATE = "2021-03-25";

  private final PrintStream out;
  private final Path home;
  private final Duration timeout;

  Demo(PrintStream out, Path home, Duration timeout) {
    this.out = out;
    this.home = home;
    this.timeout = timeout;
  }

  /** Runs the demo against the broker at {@code bootstrap}; returns the drafted issue. */
  Draft run(String bootstrap) throws Exception {
    return run(bootstrap, -1);
  }

  /**
   * Runs the demo; with {@code servePort} at 0 or more, then serves the review app on it until
   * Ctrl-C, with an editor and a reviewer whose passwords it prints.
   */
  Draft run(String bootstrap, int servePort) throws Exception {
    Path sourcesDir = home.resolve("sources");
    Path outDir = home.resolve("target").resolve("demo");
    List<SourceDefinition> sources = SourceCatalog.readAll(sourcesDir);
    String runId = "demo-" + Long.toString(System.currentTimeMillis(), 36);
    Path stateDir = Files.createDirectories(outDir.resolve("streams-state-" + runId));
    try (RecordedSite site = RecordedSite.start()) {
      out.printf("serving pages written in the shape of %d sources' sites from %s%n", sources.size(), site.base());

      out.println("starting the classifier and the assembler (Kafka Streams, exactly-once)…");
      Settings assemblerSettings = Settings.load(AssemblerMain.DEFAULTS, Map.of(
          "kafka.bootstrap", bootstrap,
          "streams.application-id", "bulletin-assembler-" + runId,
          "streams.state-dir", stateDir.toString()));
      BulletinProfile profile = BulletinProfile.fromSetting(assemblerSettings.optional("profile.file"));
      IssuePlan plan = new IssueCalendar(profile.issues()).issueFor(LocalDate.parse(ISSUE_DATE));
      try (StreamsApp classifier = ClassifierMain.start(Settings.load(ClassifierMain.DEFAULTS, Map.of(
              "kafka.bootstrap", bootstrap,
              "streams.application-id", "bulletin-classifier-" + runId,
              "streams.state-dir", stateDir.toString())));
          StreamsApp assembler = AssemblerMain.start(assemblerSettings)) {
        classifier.awaitRunning(timeout);
        assembler.awaitRunning(timeout);

        out.println("collecting (the collector fetches each list page, then each new article):");
        CollectorSettings collectorSettings = CollectorSettings.load(Map.of(
            "kafka.bootstrap", bootstrap,
            "sources.dir", sourcesDir.toString(),
            "fetch.replay-base", site.base().toString(),
            "fetch.allow-loopback", "true",
            "fetch.delay", "0s",
            "collector.instance", "bulletin-collector-" + runId));
        try (Collector collector = Collector.start(collectorSettings, Clock.systemUTC())) {
          for (SourceDefinition s : sources) {
            if (!s.enabled()) {
              continue;
            }
            SourceHealth h = collector.poll(s);
            out.printf("  %-16s %s %2d listed, %2d new%s%n", s.id(), padded(s.name(), 12), h.itemsFound(), h.newItems(),
                h.ok() ? "" : "  problems: " + String.join("; ", h.problems()));
          }
        }
        Draft draft = awaitDraft(bootstrap, plan.issueId(), runId);
        DraftFiles.write(outDir, draft, profile);
        out.println();
        out.print(TextRenderer.render(draft, profile));
        out.println();
        out.printf("drafted issue %s (第 %d 期, %s) from %d collected items: %d stories in %d sections, "
            + "%d items set aside (off-topic, outside the window or over quota).%n", draft.issueId(), draft.number(),
            draft.date(), draft.considered(), draft.itemCount(),
            draft.sections().stream().filter(s -> !s.items().isEmpty()).count(), draft.setAside().size());
        out.println("files: " + outDir.resolve(draft.issueId() + ".{txt,html,docx,json}"));
        if (servePort >= 0) {
          Path users = outDir.resolve("review-users.txt");
          Path sessions = outDir.resolve("review-sessions.txt");
          Files.deleteIfExists(users);
          Files.deleteIfExists(sessions);
          Settings review = Settings.load(ReviewMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
              "review.port", Integer.toString(servePort), "review.users-file", users.toString(),
              "review.sessions-file", sessions.toString()));
          try (StopSignal stop = StopSignal.install("demo");
              ReviewServer server = ReviewMain.start(review, out)) {
            out.println("open " + server.url() + " in a browser; Ctrl-C stops the demo");
            while (!stop.await(Duration.ofHours(1))) {
              // serving until stopped
            }
          }
        }
        return draft;
      }
    } finally {
      deleteTree(stateDir);
    }
  }

  /**
   * Waits until every announcement on the raw topic is classified and the issues' latest drafts
   * between them have considered every classified item; returns the draft of {@code issueId}.
   */
  private Draft awaitDraft(String bootstrap, String issueId, String runId) throws InterruptedException {
    Set<String> raw = new HashSet<>();
    Set<String> classified = new HashSet<>();
    Map<String, Draft> latestByIssue = new java.util.HashMap<>();
    try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, runId + "-watch",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ANNOUNCEMENTS_RAW.name(), Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
          Topics.BULLETIN_DRAFTS.name()));
      long deadline = System.nanoTime() + timeout.toNanos();
      String lastProgress = "";
      while (true) {
        for (var r : consumer.poll(Duration.ofMillis(250))) {
          if (r.value() == null) {
            continue;
          }
          try {
            if (r.topic().equals(Topics.ANNOUNCEMENTS_RAW.name())) {
              raw.add(Json.read(r.value(), Announcement.class).id());
            } else if (r.topic().equals(Topics.ANNOUNCEMENTS_CLASSIFIED.name())) {
              classified.add(Json.read(r.value(), ClassifiedAnnouncement.class).id());
            } else {
              Draft d = Json.read(r.value(), Draft.class);
              latestByIssue.put(d.issueId(), d);
            }
          } catch (JsonReadException e) {
            // unreadable records are the stages' business: they send them to a dead-letter topic
          }
        }
        boolean allClassified = !raw.isEmpty() && classified.containsAll(raw);
        Draft latest = latestByIssue.get(issueId);
        int considered = latestByIssue.values().stream().mapToInt(Draft::considered).sum();
        String progress = String.format("  %d collected, %d classified, draft %s revision %s, %d items considered",
            raw.size(), classified.size(), issueId, latest == null ? "-" : latest.revision(), considered);
        if (!progress.equals(lastProgress)) {
          out.println(progress);
          lastProgress = progress;
        }
        if (allClassified && latest != null && considered == classified.size()) {
          return latest;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the draft did not catch up within " + timeout.toSeconds() + " s: "
              + progress.strip());
        }
      }
    }
  }

  /** Pads to a display width, counting a Chinese character as two columns. */
  static String padded(String s, int width) {
    int w = s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
    return s + " ".repeat(Math.max(0, width - w));
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary directory: the system cleans it eventually
    }
  }
}

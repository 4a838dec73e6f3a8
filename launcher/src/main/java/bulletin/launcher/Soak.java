package bulletin.launcher;

import bulletin.assembler.AssemblerMain;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.classifier.ClassifierMain;
import bulletin.collector.Collector;
import bulletin.collector.CollectorSettings;
import bulletin.collector.source.SourceDefinition;
import bulletin.common.config.Settings;
import bulletin.common.kafka.LatestByKey;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.TopicReader;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Announcement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.PublishedAt;
import bulletin.common.record.SetAside;
import bulletin.common.record.SourceHealth;
import bulletin.testkit.EmbeddedKafka;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Months of running in minutes: the whole pipeline on an embedded broker, its clock driven day by
 * day. Sources post every day and the collector polls them; the classifier and the assembler
 * (Kafka Streams, exactly-once) draft each monthly issue; on each issue's date an editor submits it,
 * a reviewer approves it and it is published. Each service is restarted at random moments, and the
 * broker once. At the end every collected item must be in a published issue or set aside there
 * with a reason, no story printed twice, and the sources that fell quiet flagged as stale.
 */
final class Soak {
  /** What a soak run found. */
  record Report(int days, LocalDate from, LocalDate to, int issuesPublished, int items, int lost, int doubled,
      int staleFlagged, int quiet, int falseAlarms, int restarts) {
    boolean passed() {
      return lost == 0 && doubled == 0 && staleFlagged == quiet && falseAlarms == 0 && issuesPublished > 0;
    }

    String line() {
      return String.format("soak: %d days, issues published %d, items %d, lost %d, doubled %d, stale sources flagged "
          + "%d of %d", days, issuesPublished, items, lost, doubled, staleFlagged, quiet);
    }
  }

  /** Long enough for an issue, and for the quiet sources to be late. */
  static final int MIN_DAYS = 20;
  private static final Duration WAIT = Duration.ofSeconds(180);
  /** Polls happen at 10:00 in Beijing on each simulated day. */
  private static final int POLL_HOUR = 10;

  private final PrintStream out;
  private final Path home;
  private final int days;
  private final Random random;

  Soak(PrintStream out, Path home, int days, long seed) {
    if (days < MIN_DAYS) {
      throw new IllegalArgumentException("a soak needs at least " + MIN_DAYS + " days, not " + days);
    }
    this.out = out;
    this.home = home;
    this.days = days;
    this.random = new Random(seed);
  }

  Report run() throws Exception {
    IssueCalendar calendar = new IssueCalendar(BulletinProfile.defaultProfile().issues());
    // The run ends on an issue's date, so that every item it collects has an issue to be published in.
    int lastIssue = Math.max(0, (int) Math.round(days / 30.44) - 1);
    LocalDate to = calendar.issue(lastIssue).date();
    LocalDate from = to.minusDays(days - 1L);
    Path dir = Files.createTempDirectory("bulletin-soak-");
    int port = EmbeddedKafka.freePortPair();
    MovableClock clock = new MovableClock(at(from));
    int restarts = 0;
    out.printf("soak: %d days, %s to %s, on an embedded broker in %s%n", days, from, to, dir);
    EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), false, port);
    try (SoakSites sites = SoakSites.start(home, days, random.nextLong())) {
      String bootstrap = kafka.bootstrapServers();
      TopicAdmin.ensure(bootstrap, Topics.ALL, 1, (short) 1);
      Services services = new Services(bootstrap, dir, clock);
      List<SourceDefinition> sources = sites.definitions();
      Map<String, SourceHealth> lastHealth = new HashMap<>();
      int published = 0;
      try {
        services.startAll();
        for (int day = 0; day < days; day++) {
          LocalDate date = from.plusDays(day);
          clock.set(at(date));
          if (day == days / 2) {
            out.printf("day %d (%s): the broker restarts%n", day + 1, date);
            kafka.close();
            kafka = EmbeddedKafka.start(dir.resolve("kafka"), false, port);
            services.restartCollector();
            restarts++;
          }
          sites.post(day, days, date);
          for (SourceDefinition s : sources) {
            lastHealth.put(s.id(), services.collector.poll(s));
          }
          restarts += services.restartSomeAtRandom(random, out, day + 1, date);
          IssuePlan issue = calendar.issueFor(date);
          if (issue.date().equals(date)) {
            publish(bootstrap, calendar, issue, date);
            published++;
          }
        }
      } finally {
        services.close();
      }

      Instant end = clock.instant();
      int flagged = 0;
      int falseAlarms = 0;
      for (SourceDefinition s : sources) {
        boolean stale = lastHealth.get(s.id()).rhythm(end).stale();
        if (stale && sites.fallsQuiet(s.id())) {
          flagged++;
        } else if (stale) {
          falseAlarms++;
          out.printf("  %s is flagged stale though it posts every day%n", s.id());
        }
      }
      Accounts accounts = accounts(bootstrap);
      return new Report(days, from, to, published, accounts.items, accounts.lost, accounts.doubled, flagged,
          sites.quietSources(), falseAlarms, restarts);
    } finally {
      kafka.close();
      deleteQuietly(dir);
    }
  }

  /** The start of the simulated day: 10:00 in Beijing. */
  private static Instant at(LocalDate date) {
    return date.atTime(POLL_HOUR, 0).atZone(PublishedAt.ZONE).toInstant();
  }

  /**
   * On the issue's date: waits until its draft holds every item collected for it, then an editor
   * submits it, a reviewer approves it, and it is published.
   */
  private void publish(String bootstrap, IssueCalendar calendar, IssuePlan issue, LocalDate date) {
    String id = issue.issueId();
    Set<String> expected = new HashSet<>();
    for (var r : TopicReader.readToEnd(bootstrap, Topics.ANNOUNCEMENTS_RAW.name(),
        Topics.ANNOUNCEMENTS_RAW.keySerde().deserializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().deserializer(), WAIT)) {
      Announcement a = r.value();
      LocalDate when = a == null || a.publishedAt() == null ? date : LocalDate.parse(a.publishedAt());
      if (a != null && calendar.issueFor(when).issueId().equals(id)) {
        expected.add(a.id());
      }
    }
    expected.removeAll(publishedIds(bootstrap));
    Draft draft = await("第 " + issue.number() + " 期's draft holds its " + expected.size() + " items", () -> {
      Draft d = LatestByKey.load(bootstrap, Topics.BULLETIN_DRAFTS, WAIT).get(id);
      return d != null && held(d).containsAll(expected) ? d : null;
    });
    send(bootstrap, id, EditAction.SUBMIT, "程继东");
    send(bootstrap, id, EditAction.APPROVE, "乔栋");
    send(bootstrap, id, EditAction.PUBLISH, "乔栋");
    Draft done = await("第 " + issue.number() + " 期 is published", () -> {
      Draft d = LatestByKey.load(bootstrap, Topics.BULLETIN_PUBLISHED, WAIT).get(id);
      return d != null ? d : null;
    });
    int printed = done.sections().stream().mapToInt(s -> s.items().size()).sum();
    out.printf("%s: 第 %d 期 published, %d stories printed, %d items set aside (draft revision %d)%n", date,
        issue.number(), printed, done.setAside().size(), draft.revision());
  }

  private static void send(String bootstrap, String issueId, EditAction action, String by) {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all"), Topics.BULLETIN_EDITS.keySerde().serializer(),
        Topics.BULLETIN_EDITS.valueSerde().serializer())) {
      Edit edit = new Edit(Edit.SCHEMA, issueId, by, Instant.now(), action, null, null, null, null, null, null,
          UUID.randomUUID().toString(), null);
      producer.send(new ProducerRecord<>(Topics.BULLETIN_EDITS.name(), issueId, edit)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send the " + action.wireName() + " of issue " + issueId + ": "
          + e.getMessage(), e);
    }
  }

  /** Every item a draft holds: printed in a story, or set aside with a reason. */
  private static Set<String> held(Draft d) {
    Set<String> ids = new HashSet<>();
    d.sections().forEach(s -> s.items().forEach(i -> ids.addAll(i.itemIds())));
    d.setAside().forEach(a -> ids.add(a.itemId()));
    return ids;
  }

  private static Set<String> publishedIds(String bootstrap) {
    Set<String> ids = new HashSet<>();
    LatestByKey.load(bootstrap, Topics.BULLETIN_PUBLISHED, WAIT).values().forEach(d -> ids.addAll(held(d)));
    return ids;
  }

  private record Accounts(int items, int lost, int doubled) {}

  /**
   * Every collected item against the published issues: lost when no published issue prints it or
   * sets it aside with a reason; doubled when two printed stories carry it or print the same headline.
   */
  private Accounts accounts(String bootstrap) {
    Set<String> collected = new HashSet<>();
    for (var r : TopicReader.readToEnd(bootstrap, Topics.ANNOUNCEMENTS_RAW.name(),
        Topics.ANNOUNCEMENTS_RAW.keySerde().deserializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().deserializer(), WAIT)) {
      collected.add(r.key());
    }
    Map<String, Integer> printed = new HashMap<>();
    Map<String, Integer> headlines = new HashMap<>();
    Set<String> setAside = new HashSet<>();
    for (Draft d : LatestByKey.load(bootstrap, Topics.BULLETIN_PUBLISHED, WAIT).values()) {
      for (var section : d.sections()) {
        for (DraftItem story : section.items()) {
          story.itemIds().forEach(id -> printed.merge(id, 1, Integer::sum));
          headlines.merge(story.headline().strip(), 1, Integer::sum);
        }
      }
      d.setAside().stream().filter(a -> !a.reason().isBlank()).map(SetAside::itemId).forEach(setAside::add);
    }
    Map<String, Boolean> lost = new LinkedHashMap<>();
    collected.stream().filter(Predicate.not(printed::containsKey)).filter(Predicate.not(setAside::contains))
        .forEach(id -> lost.put(id, true));
    int doubled = (int) (printed.values().stream().filter(n -> n > 1).count()
        + headlines.values().stream().filter(n -> n > 1).count());
    lost.keySet().stream().limit(5).forEach(id -> out.println("  lost: item " + id));
    return new Accounts(collected.size(), lost.size(), doubled);
  }

  private <T> T await(String what, java.util.function.Supplier<T> probe) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      T t = probe.get();
      if (t != null) {
        return t;
      }
      try {
        Thread.sleep(250); // between reads of a topic, not a timing assumption
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting until " + what, e);
      }
    }
    throw new IllegalStateException("the soak gave up after " + WAIT.toSeconds() + " s waiting until " + what);
  }

  /** The three services in this process, each restartable. */
  private static final class Services implements AutoCloseable {
    private final String bootstrap;
    private final Path dir;
    private final Clock clock;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    Collector collector;
    StreamsApp classifier;
    StreamsApp assembler;

    Services(String bootstrap, Path dir, Clock clock) {
      this.bootstrap = bootstrap;
      this.dir = dir;
      this.clock = clock;
    }

    void startAll() throws InterruptedException {
      restartCollector();
      classifier = startClassifier();
      assembler = startAssembler();
    }

    void restartCollector() {
      if (collector != null) {
        collector.close();
      }
      collector = Collector.start(CollectorSettings.load(Map.of("kafka.bootstrap", bootstrap, "topics.partitions", "1",
          "topics.replication", "1", "fetch.delay", "0s", "fetch.allow-loopback", "true", "fetch.retry-backoff", "50ms",
          "poll.recheck-days", "0", "collector.instance", "soak-collector-" + run)), clock);
    }

    private StreamsApp startClassifier() throws InterruptedException {
      StreamsApp app = ClassifierMain.start(streamsSettings(ClassifierMain.DEFAULTS, "soak-classifier-" + run));
      app.awaitRunning(WAIT);
      return app;
    }

    private StreamsApp startAssembler() throws InterruptedException {
      StreamsApp app = AssemblerMain.start(streamsSettings(AssemblerMain.DEFAULTS, "soak-assembler-" + run));
      app.awaitRunning(WAIT);
      return app;
    }

    private Settings streamsSettings(String defaults, String applicationId) {
      return Settings.load(defaults, Map.of("kafka.bootstrap", bootstrap, "streams.application-id", applicationId,
          "streams.state-dir", dir.resolve("state").toString(), "topics.partitions", "1", "topics.replication", "1"));
    }

    /** Restarts each service with a small chance a day; returns how many it restarted. */
    int restartSomeAtRandom(Random random, PrintStream out, int day, LocalDate date) throws InterruptedException {
      int n = 0;
      if (random.nextInt(100) < 8) {
        out.printf("day %d (%s): the collector restarts%n", day, date);
        restartCollector();
        n++;
      }
      if (random.nextInt(100) < 6) {
        out.printf("day %d (%s): the classifier restarts%n", day, date);
        classifier.close();
        classifier = startClassifier();
        n++;
      }
      if (random.nextInt(100) < 6) {
        out.printf("day %d (%s): the assembler restarts%n", day, date);
        assembler.close();
        assembler = startAssembler();
        n++;
      }
      return n;
    }

    @Override
    public void close() {
      for (AutoCloseable c : new AutoCloseable[] {collector, classifier, assembler}) {
        try {
          if (c != null) {
            c.close();
          }
        } catch (Exception e) {
          // closing down at the end of the run: nothing left to keep
        }
      }
    }
  }

  /** A clock the soak moves forward a day at a time. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary folder: the system cleans it eventually
    }
  }
}

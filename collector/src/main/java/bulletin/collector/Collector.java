package bulletin.collector;

import bulletin.collector.assign.SourceAssignments;
import bulletin.collector.fetch.Fetcher;
import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceListing;
import bulletin.collector.state.SeenItems;
import bulletin.common.cli.StopSignal;
import bulletin.common.kafka.Brokers;
import bulletin.common.kafka.LatestByKey;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.record.SeenItem;
import bulletin.common.record.PostingRhythm;
import bulletin.common.record.SourceHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Polls sources and emits each new item once to {@code announcements.raw} (and each changed one as
 * a new revision), with a health record per poll that warns when a source looks redesigned. Run as
 * {@code collector run}, it polls the share of the listed sources that Kafka gives this instance.
 */
public final class Collector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
  /** How often {@link #run} looks at what it owns, for sources given, taken, paused or resumed. */
  private static final Duration TICK = Duration.ofMillis(500);

  private final SourceReader reader;
  private final SeenItems seen;
  private final AnnouncementSink sink;
  private final Clock clock;
  private final Map<String, SourceHealth> lastHealth;
  private final Map<String, Instant> nextDue = new ConcurrentHashMap<>();
  /** Polls of different hosts run at once on these threads; one host's sources take turns. */
  private final ExecutorService hosts;

  private Collector(SourceReader reader, SeenItems seen, AnnouncementSink sink, Clock clock,
      Map<String, SourceHealth> lastHealth, int parallelHosts) {
    this.reader = reader;
    this.seen = seen;
    this.sink = sink;
    this.clock = clock;
    this.lastHealth = new ConcurrentHashMap<>(lastHealth);
    AtomicInteger n = new AtomicInteger();
    this.hosts = Executors.newFixedThreadPool(Math.max(1, parallelHosts), r -> {
      Thread t = new Thread(r, "poll-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Creates the topics it needs, reloads the seen-set and the last health of each source, opens the producer. */
  public static Collector start(CollectorSettings settings, Clock clock) {
    TopicAdmin.ensure(Brokers.require(settings.bootstrap()), List.of(Topics.ANNOUNCEMENTS_RAW, Topics.COLLECTOR_STATE,
        Topics.COLLECTOR_HEALTH), settings.partitions(), settings.replication());
    Duration timeout = Duration.ofSeconds(60);
    SeenItems seen = seenItems(settings.bootstrap(), timeout);
    Map<String, SourceHealth> health = LatestByKey.load(settings.bootstrap(), Topics.COLLECTOR_HEALTH, timeout);
    SourceReader reader = new SourceReader(new Fetcher(settings.fetch()), clock, settings.maxArticles(),
        settings.recheckDays(), settings.pollBudget());
    return new Collector(reader, seen, new AnnouncementSink(settings.bootstrap(), settings.instance()), clock, health,
        settings.parallelHosts());
  }

  /** The seen-set, read from the state topic of the cluster at {@code bootstrap} (committed records only). */
  static SeenItems seenItems(String bootstrap, Duration timeout) {
    return SeenItems.read(new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
        Topics.COLLECTOR_STATE.keySerde().deserializer(), Topics.COLLECTOR_STATE.valueSerde().deserializer()), timeout);
  }

  /** Polls one source and emits what is new or changed; returns its health record. */
  public SourceHealth poll(SourceDefinition source) {
    try (var logged = MDC.putCloseable("source", source.id())) {
      return pollOnce(source);
    }
  }

  private SourceHealth pollOnce(SourceDefinition source) {
    seen.catchUp(); // what other instances emitted: the source may have been theirs until now
    SourceReader.Result result = reader.read(source, seen);
    synchronized (sink) { // one transaction at a time on the instance's producer
      return emit(source, result);
    }
  }

  private SourceHealth emit(SourceDefinition source, SourceReader.Result result) {
    Instant now = Instant.now(clock);
    for (SourceReader.Emit e : result.emits()) {
      SeenItem s = e.seen(now);
      sink.emit(e.announcement(), s);
      seen.remember(s);
    }
    sink.remember(result.listPages());
    result.listPages().forEach(seen::remember);

    SourceHealth health = health(source, result, lastHealth.get(source.id()), now);
    List<String> warnings = health.warnings();
    sink.health(health);
    lastHealth.put(source.id(), health);
    record(health);
    if (health.ok() && warnings.isEmpty()) {
      LOG.info("{} ({}): {} listed, {} new, {} revised{}", source.id(), source.name(), health.itemsFound(),
          health.newItems(), health.revisions(), health.listUnchanged() ? " (list not modified)" : "");
    } else {
      LOG.warn("{} ({}): {} listed, {} new; {}", source.id(), source.name(), health.itemsFound(), health.newItems(),
          String.join("; ", concat(result.problems(), warnings)));
    }
    return health;
  }

  /** The health record of one read of {@code source}, compared with the {@code previous} poll's (or null). */
  static SourceHealth health(SourceDefinition source, SourceReader.Result result, SourceHealth previous, Instant at) {
    boolean ok = result.problems().isEmpty();
    Instant lastSuccess = ok ? at : previous == null ? null : previous.lastSuccess();
    int failures = ok ? 0 : (previous == null ? 0 : previous.consecutiveFailures()) + 1;
    List<Instant> times = PostingRhythm.remember(previous == null ? List.of() : previous.newItemTimes(), at,
        (int) result.newItems());
    return new SourceHealth(1, source.id(), at, ok, result.listUnchanged(),
        result.itemsMatched(), result.listed().size(), result.datesParsed(), (int) result.newItems(),
        (int) result.revisions(), result.articlesFailed(), result.problems(), warnings(source, result, previous),
        lastSuccess, failures, times);
  }

  /** Per-source counters and the source's state, for ops' dashboards and alarms. */
  private static void record(SourceHealth h) {
    var registry = bulletin.common.ops.Telemetry.registry();
    registry.counter("bulletin.collector.polls", "source", h.sourceId(), "outcome", h.ok() ? "ok" : "problems").increment();
    registry.counter("bulletin.collector.items", "source", h.sourceId(), "kind", "new").increment(h.newItems());
    registry.counter("bulletin.collector.items", "source", h.sourceId(), "kind", "revised").increment(h.revisions());
    registry.counter("bulletin.collector.articles.failed", "source", h.sourceId()).increment(h.articlesFailed());
    SourceGauges g = GAUGES.computeIfAbsent(h.sourceId(), SourceGauges::register);
    g.healthy.set(h.ok() && h.warnings().isEmpty() ? 1 : 0);
    g.lastSuccess.set(h.lastSuccess() == null ? 0 : h.lastSuccess().getEpochSecond());
    g.failures.set(h.consecutiveFailures());
    PostingRhythm rhythm = h.rhythm(h.at());
    g.items30d.set(rhythm.itemsLast30Days());
    g.stale.set(rhythm.stale() ? 1 : 0);
  }

  /** Each source's gauges: its state, last success, failures in a row, items of 30 days, lateness. */
  private record SourceGauges(AtomicLong healthy, AtomicLong lastSuccess, AtomicLong failures, AtomicLong items30d,
      AtomicLong stale) {
    static SourceGauges register(String source) {
      var registry = bulletin.common.ops.Telemetry.registry();
      List<io.micrometer.core.instrument.Tag> tags = List.of(io.micrometer.core.instrument.Tag.of("source", source));
      SourceGauges g = new SourceGauges(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(),
          new AtomicLong());
      registry.gauge("bulletin.collector.source.healthy", tags, g.healthy);
      registry.gauge("bulletin.collector.source.last.success.timestamp", tags, g.lastSuccess);
      registry.gauge("bulletin.collector.source.consecutive.failures", tags, g.failures);
      registry.gauge("bulletin.collector.source.items.30d", tags, g.items30d);
      registry.gauge("bulletin.collector.source.stale", tags, g.stale);
      return g;
    }
  }

  private static final Map<String, SourceGauges> GAUGES = new ConcurrentHashMap<>();

  /**
   * Signs that a site changed under its definition, compared with the last poll, and pages read in
   * another charset than they declare.
   */
  static List<String> warnings(SourceDefinition source, SourceReader.Result now, SourceHealth previous) {
    List<String> warnings = new ArrayList<>(now.warnings());
    if (now.listUnchanged() || source.list() == null) {
      return warnings; // nothing was read, or a feed: no selectors to go stale
    }
    if (now.itemsMatched() == 0 && previous != null && previous.itemsMatched() > 0) {
      warnings.add("list.item selector '" + source.list().item() + "' matched nothing, after "
          + previous.itemsMatched() + " items last poll: the list page's markup may have changed");
    }
    int found = now.listed().size();
    boolean datesFromList = source.list().date() != null && !source.list().date().isBlank();
    if (datesFromList && found >= 3 && now.datesParsed() * 2 < found) {
      boolean wasFine = previous == null || previous.itemsFound() == 0
          || previous.datesParsed() * 2 >= previous.itemsFound();
      warnings.add("list.date selector '" + source.list().date() + "' gave a readable date for "
          + now.datesParsed() + " of " + found + " items" + (wasFine && previous != null
              ? ", after " + previous.datesParsed() + " of " + previous.itemsFound() + " last poll" : ""));
    }
    return warnings;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * What {@code collector run} does: lists the sources folder on {@code collector.sources}, joins
   * the instances' group, calls {@code ready}, then polls the sources this instance owns, each when
   * due, until {@code stop}. A source it is given, or that is resumed, is polled within a second.
   */
  public static void run(CollectorSettings settings, List<SourceDefinition> folder, Clock clock, StopSignal stop,
      Runnable ready) throws InterruptedException {
    SourceListing listing = SourceListing.open(settings.bootstrap(), settings.sourcesPartitions(), settings.replication());
    LOG.info("listed {} on {}: {}", settings.sourcesDir(), ListedSource.TOPIC.name(),
        listing.publish(folder, settings.instance()));
    try (Collector collector = start(settings, clock);
        SourceAssignments owned = SourceAssignments.join(settings.bootstrap(), settings.group(), settings.instance(),
            settings.sessionTimeout())) {
      String part = "collector " + settings.instance() + " sharing the sources";
      bulletin.common.ops.Telemetry.readiness(part, owned::sharing);
      try {
        ready.run();
        Duration wait;
        do {
          wait = collector.pollDue(owned, settings.pollInterval());
        } while (!stop.await(wait.compareTo(TICK) < 0 ? wait : TICK));
      } finally {
        bulletin.common.ops.Telemetry.forget(part);
      }
    }
  }

  /**
   * Polls the sources this instance owns (not paused, enabled) that are due, each every its own
   * pollInterval (or {@code defaultInterval}); one it was just given, or that was just resumed, is
   * due at once. Returns how long until the next one is due.
   */
  public Duration pollDue(SourceAssignments owned, Duration defaultInterval) {
    Instant now = Instant.now(clock);
    List<SourceDefinition> sources = owned.polled();
    nextDue.keySet().retainAll(sources.stream().map(SourceDefinition::id).toList());
    List<SourceDefinition> due = sources.stream().filter(s -> !nextDue.getOrDefault(s.id(), now).isAfter(now)).toList();
    Map<String, Optional<SourceHealth>> polled = acrossHosts(due, s -> owned.whileOwned(s.id(), this::poll));
    Instant next = now.plus(defaultInterval);
    for (SourceDefinition s : sources) {
      if (polled.getOrDefault(s.id(), Optional.empty()).isPresent()) {
        nextDue.put(s.id(), Instant.now(clock).plus(s.pollInterval() == null ? defaultInterval : s.pollInterval()));
      } // else not due, or taken away or paused meanwhile
      Instant at = nextDue.getOrDefault(s.id(), now);
      if (at.isBefore(next)) {
        next = at;
      }
    }
    Duration wait = Duration.between(Instant.now(clock), next);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** Polls every enabled source once; their health records in the order of {@code sources}. */
  public List<SourceHealth> pollAll(List<SourceDefinition> sources) {
    List<SourceDefinition> enabled = sources.stream().filter(SourceDefinition::enabled).toList();
    Map<String, Optional<SourceHealth>> polled = acrossHosts(enabled, s -> Optional.of(poll(s)));
    return enabled.stream().map(s -> polled.get(s.id()).orElseThrow()).toList();
  }

  /**
   * Applies {@code poll} to {@code sources}: the sources of one host one after another, different
   * hosts at once (up to poll.parallel-hosts), so a slow site delays only its own host's sources.
   * Returns each source's outcome by id, once all are done.
   */
  private Map<String, Optional<SourceHealth>> acrossHosts(List<SourceDefinition> sources,
      Function<SourceDefinition, Optional<SourceHealth>> poll) {
    Map<String, List<SourceDefinition>> byHost = new LinkedHashMap<>();
    sources.forEach(s -> byHost.computeIfAbsent(s.host(), h -> new ArrayList<>()).add(s));
    Map<String, Optional<SourceHealth>> outcomes = new ConcurrentHashMap<>();
    List<Future<?>> running = new ArrayList<>();
    for (List<SourceDefinition> ofHost : byHost.values()) {
      running.add(hosts.submit(() -> ofHost.forEach(s -> outcomes.put(s.id(), poll.apply(s)))));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r
            : new IllegalStateException("a poll failed: " + e.getCause().getMessage(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.forEach(r -> r.cancel(true));
        break;
      }
    }
    return outcomes;
  }

  @Override
  public void close() {
    hosts.shutdownNow();
    sink.close();
    seen.close();
  }
}

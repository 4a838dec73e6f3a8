package bulletin.collector;

import bulletin.collector.fetch.Fetcher;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.state.SeenItems;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.SeenItem;
import bulletin.common.record.SourceHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls sources and emits each new item once to {@code announcements.raw}, with a health record per poll. */
public final class Collector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);

  private final SourceReader reader;
  private final SeenItems seen;
  private final AnnouncementSink sink;
  private final Clock clock;

  private Collector(SourceReader reader, SeenItems seen, AnnouncementSink sink, Clock clock) {
    this.reader = reader;
    this.seen = seen;
    this.sink = sink;
    this.clock = clock;
  }

  /** Creates the topics it needs, reloads the seen-set from Kafka and opens the producer. */
  public static Collector start(CollectorSettings settings, Clock clock) {
    TopicAdmin.ensure(settings.bootstrap(), List.of(Topics.ANNOUNCEMENTS_RAW, Topics.COLLECTOR_STATE,
        Topics.COLLECTOR_HEALTH), settings.partitions(), settings.replication());
    SeenItems seen = SeenItems.load(settings.bootstrap(), Duration.ofSeconds(60));
    SourceReader reader = new SourceReader(new Fetcher(settings.fetch()), clock, settings.maxArticles());
    return new Collector(reader, seen, new AnnouncementSink(settings.bootstrap(),
        settings.instance()), clock);
  }

  /** Polls one source and emits what is new; returns its health record. */
  public SourceHealth poll(SourceDefinition source) {
    SourceReader.Result result = reader.read(source, id -> seen.get(id).isPresent());
    for (Announcement a : result.items()) {
      SeenItem s = new SeenItem(1, a.id(), a.url(), a.contentHash(), a.revision(), Instant.now(clock));
      sink.emit(a, s);
      seen.remember(s);
    }
    boolean ok = result.problems().isEmpty();
    SourceHealth health = new SourceHealth(1, source.id(), Instant.now(clock), ok,
        result.listed().size(), result.items().size(), result.articlesFailed(), result.problems());
    sink.health(health);
    if (ok) {
      LOG.info("{} ({}): {} listed, {} new", source.id(), source.name(), health.itemsFound(), health.newItems());
    } else {
      LOG.warn("{} ({}): {} listed, {} new, problems: {}", source.id(), source.name(),
          health.itemsFound(), health.newItems(), String.join("; ", result.problems()));
    }
    return health;
  }

  /** Polls every enabled source once. */
  public List<SourceHealth> pollAll(List<SourceDefinition> sources) {
    return sources.stream().filter(SourceDefinition::enabled).map(this::poll).toList();
  }

  @Override
  public void close() {
    sink.close();
  }
}

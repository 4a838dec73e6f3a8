package bulletin.collector;

import bulletin.collector.fetch.Fetcher.FetchSettings;
import bulletin.common.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The collector's typed settings, read from {@code collector-defaults.properties} and overrides. */
public record CollectorSettings(String bootstrap, int partitions, short replication, Path sourcesDir,
    Duration pollInterval, int maxArticles, int recheckDays, FetchSettings fetch, String instance,
    Optional<String> healthFile) {

  public static final String DEFAULTS = "collector-defaults.properties";

  public static CollectorSettings load(Map<String, String> overrides) {
    return from(Settings.load(DEFAULTS, overrides));
  }

  public static CollectorSettings from(Settings s) {
    FetchSettings fetch = new FetchSettings(s.duration("fetch.timeout"), s.duration("fetch.delay"),
        s.string("fetch.user-agent"), s.integer("fetch.max-bytes"), s.integer("fetch.max-redirects"),
        s.integer("fetch.retries"), s.duration("fetch.retry-backoff"), s.duration("fetch.max-retry-after"),
        s.flag("fetch.allow-loopback"), s.optional("fetch.replay-base").map(URI::create));
    return new CollectorSettings(s.string("kafka.bootstrap"), s.integer("topics.partitions"),
        (short) s.integer("topics.replication"), s.path("sources.dir"), s.duration("poll.interval"),
        s.integer("poll.max-articles"), s.integer("poll.recheck-days"), fetch, s.string("collector.instance"), s.optional("health.file"));
  }
}

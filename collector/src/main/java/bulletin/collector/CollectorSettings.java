package bulletin.collector;

import bulletin.collector.fetch.Fetcher.FetchSettings;
import bulletin.common.config.Settings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The collector's typed settings, read from {@code collector-defaults.properties} and overrides.
 *
 * @param instance this instance's name (its transactional id), collector-HOSTNAME when left blank
 * @param group the consumer group the instances share the sources through
 * @param sessionTimeout how long before a silent instance's sources go to the others
 * @param sourcesPartitions partitions of {@code collector.sources} when it is created
 */
public record CollectorSettings(String bootstrap, int partitions, short replication, Path sourcesDir,
    Duration pollInterval, int maxArticles, int recheckDays, Duration pollBudget, int parallelHosts, FetchSettings fetch, String instance,
    String group, Duration sessionTimeout, int sourcesPartitions, Optional<String> healthFile) {

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
        s.integer("poll.max-articles"), s.integer("poll.recheck-days"), s.duration("poll.budget"),
        s.integer("poll.parallel-hosts"), fetch,
        s.optional("collector.instance").map(String::strip).orElseGet(() -> "collector-" + hostname()),
        s.string("collector.group"), s.duration("collector.session-timeout"), s.integer("sources.partitions"),
        s.optional("health.file"));
  }

  /** The container's or machine's name: HOSTNAME when set (Docker sets it), else the local host's name. */
  private static String hostname() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}

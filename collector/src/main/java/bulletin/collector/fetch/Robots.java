package bulletin.collector.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, parsed by crawler-commons and kept a day per host. A robots.txt that is missing
 * (4xx) allows everything; one the site fails to serve (5xx) defers the host's pages to a later poll.
 */
final class Robots {
  private static final Duration KEEP = Duration.ofHours(24);
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> byHost = new ConcurrentHashMap<>();
  private final String agentName;

  private record Entry(BaseRobotRules rules, long fetchedAt) {}

  /** What fetching robots.txt gave: a status and, for 200, the body. */
  record Answer(int status, byte[] body, String contentType) {}

  /** Fetches a robots.txt; implemented by the fetcher, without robots checks of its own. */
  interface Loader {
    Answer load(URI robotsUrl) throws FetchException;
  }

  Robots(String userAgent) {
    // The product token before the '/' is what robots.txt groups name.
    this.agentName = userAgent.split("[/ ]")[0].toLowerCase(java.util.Locale.ROOT);
  }

  BaseRobotRules rulesFor(URI url, Loader loader) throws FetchException {
    String key = url.getScheme() + "://" + url.getAuthority();
    Entry e = byHost.get(key);
    if (e != null && System.nanoTime() - e.fetchedAt() < KEEP.toNanos()) {
      return e.rules();
    }
    URI robotsUrl = URI.create(key + "/robots.txt");
    Answer a = loader.load(robotsUrl);
    BaseRobotRules rules = a.status() == 200
        ? parser.parseContent(robotsUrl.toString(), a.body(), a.contentType(), List.of(agentName))
        : parser.failedFetch(a.status());
    byHost.put(key, new Entry(rules, System.nanoTime()));
    return rules;
  }
}

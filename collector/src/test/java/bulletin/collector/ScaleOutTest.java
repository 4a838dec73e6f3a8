package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bulletin.collector.assign.SourceAssignments;
import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceListing;
import bulletin.common.record.Announcement;
import bulletin.testkit.Await;
import bulletin.testkit.ChildJvm;
import bulletin.testkit.SharedKafka;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code collector run} processes share the sources through Kafka's group assignment; one is
 * killed, and the other takes its sources over without emitting any item twice.
 *
 * <p>Each instance lists its sources folder on {@code collector.sources} at start, which removes
 * every source listed there that the folder lacks: so this test runs on the test JVM's own broker
 * only, not on a cluster that {@code KAFKA_BOOTSTRAP} names.
 */
class ScaleOutTest {
  static final Duration SESSION_TIMEOUT = Duration.ofSeconds(6);

  /** Settings of a test instance: small timeouts, polls every second, the test's own group. */
  static Map<String, String> settings(String group, String instance, int metricsPort) {
    Map<String, String> s = new HashMap<>(Map.of("kafka.bootstrap", SharedKafka.bootstrapServers(),
        "collector.group", group, "collector.instance", instance,
        "collector.session-timeout", SESSION_TIMEOUT.toSeconds() + "s", "poll.interval", "1s", "poll.recheck-days", "0",
        "fetch.delay", "0s", "fetch.allow-loopback", "true", "fetch.retry-backoff", "10ms"));
    s.put("metrics.port", Integer.toString(metricsPort));
    return s;
  }

  /**
   * {@code collector run --sources DIR --set KEY=VALUE…} in a JVM of its own, as in production: it
   * can be stopped, or killed outright.
   */
  static ChildJvm collectorRun(Path sources, Map<String, String> settings, Path log) throws java.io.IOException {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--sources", sources.toString()));
    settings.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
    return ChildJvm.start("collector", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        CollectorMain.class.getName(), args, log);
  }

  static void assumeOwnBroker() {
    assumeTrue(System.getenv("KAFKA_BOOTSTRAP") == null,
        "a collector run replaces the listing on collector.sources: not on a shared cluster");
  }

  /** Removes the test's sources from the listing. */
  static void unlist(List<String> ids) {
    SourceListing.open(SharedKafka.bootstrapServers(), 12, (short) -1).unlist(ids);
  }

  /**
   * Source ids, each on a host of its own (127.0.0.N), the hosts one on each partition of
   * collector.sources, so that a fair share of partitions is a fair share of sources.
   */
  private static Map<String, String> onePerPartition(String prefix) throws Exception {
    int partitions = sourcePartitions();
    String[] hosts = new String[partitions];
    for (int k = 2, found = 0; found < partitions && k < 255; k++) {
      String host = "127.0.0." + k;
      int p = partition(host, partitions);
      if (hosts[p] == null) {
        hosts[p] = host;
        found++;
      }
    }
    Map<String, String> hostById = new java.util.LinkedHashMap<>();
    for (int p = 0; p < partitions; p++) {
      hostById.put(prefix + "-" + p, hosts[p]);
    }
    return hostById;
  }

  static int sourcePartitions() throws Exception {
    SourceListing.open(SharedKafka.bootstrapServers(), 12, (short) -1);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
      return admin.describeTopics(List.of(ListedSource.TOPIC.name())).allTopicNames().get()
          .get(ListedSource.TOPIC.name()).partitions().size();
    }
  }

  /** The partition Kafka's default partitioner gives a key (the collector gives a source its host's). */
  static int partition(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /** Each test source's owner now, or none. */
  private static Map<String, String> owners(String group, Map<String, String> hostById) {
    Map<Integer, String> byPartition = SourceAssignments.owners(SharedKafka.bootstrapServers(), group);
    Map<String, String> owners = new HashMap<>();
    for (String id : hostById.keySet()) {
      String owner = byPartition.get(partition(hostById.get(id), hostById.size()));
      if (owner != null) {
        owners.put(id, owner);
      }
    }
    return owners;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** The value of the gauge of sources owned that {@code instance} serves on /metrics. */
  private static double ownedMetric(int port, String instance) throws Exception {
    String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("bulletin_collector_sources_owned\\{instance=\"" + Pattern.quote(instance) + "\"} (\\S+)")
        .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  private static long duplicates(List<Announcement> emitted) {
    return emitted.size() - emitted.stream().map(Announcement::url).distinct().count();
  }

  @Test
  void twoInstancesShareTheSourcesAndWhenOneIsKilledTheOtherTakesItsSourcesOverEmittingNothingTwice(@TempDir Path dir)
      throws Exception {
    assumeOwnBroker();
    long started = System.nanoTime();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String group = "scale-" + run;
    String a = "scale-a-" + run;
    String b = "scale-b-" + run;
    Map<String, String> hostById = onePerPartition("scale-" + run);
    List<String> ids = List.copyOf(hostById.keySet());
    int metricsPort = freePort();
    try (TinySites sites = TinySites.start(hostById, dir);
        ChildJvm instanceA = collectorRun(dir, settings(group, a, -1), dir.resolve("a.log"));
        ChildJvm instanceB = collectorRun(dir, settings(group, b, metricsPort), dir.resolve("b.log"))) {
      Map<String, String> before = new HashMap<>();
      Await.until("both instances own sources, and every source has an owner", Duration.ofSeconds(90), () -> {
        instanceA.requireAlive();
        instanceB.requireAlive();
        before.clear();
        before.putAll(owners(group, hostById));
        return before.size() == ids.size() && before.containsValue(a) && before.containsValue(b);
      });
      Await.until("every site's first item is emitted", Duration.ofSeconds(60),
          () -> sites.emitted().size() >= ids.size());
      ids.forEach(sites::addItem);
      Await.until("every site's second item is emitted", Duration.ofSeconds(60),
          () -> sites.emitted().size() >= 2 * ids.size());
      assertEquals(before, owners(group, hostById), "the sharing stays as it was while both run");

      List<String> ofA = ids.stream().filter(id -> before.get(id).equals(a)).toList();
      instanceA.kill();
      long killed = System.nanoTime();
      Map<String, Integer> pollsBefore = new HashMap<>();
      ofA.forEach(id -> pollsBefore.put(id, sites.polls(id)));
      ofA.forEach(sites::addItem);

      Await.until("B owns every source", SESSION_TIMEOUT.plusSeconds(30), () -> {
        instanceB.requireAlive();
        Map<String, String> now = owners(group, hostById);
        return now.size() == ids.size() && now.values().stream().allMatch(b::equals);
      });
      double ownedAfter = (System.nanoTime() - killed) / 1e9;
      Await.until("B has polled each of A's sources", Duration.ofSeconds(30),
          () -> ofA.stream().allMatch(id -> sites.polls(id) > pollsBefore.get(id)));
      double polledAfter = (System.nanoTime() - killed) / 1e9;
      Await.until("the items added to A's sites after it died are emitted", Duration.ofSeconds(30),
          () -> sites.emitted().stream().map(Announcement::url).distinct().count() == sites.itemCount());
      Await.until("B has polled each of A's sources twice more", Duration.ofSeconds(30),
          () -> ofA.stream().allMatch(id -> sites.polls(id) >= pollsBefore.get(id) + 3));
      Await.until("B's gauge of sources owned says " + ids.size(), Duration.ofSeconds(10),
          () -> ownedMetric(metricsPort, b) == ids.size());

      List<Announcement> emitted = sites.emitted();
      long dups = duplicates(emitted);
      System.out.printf("scale-out: %d sources, instance A owned %d, B owned %d; after A died B owned %d in %.1f s "
              + "and had polled A's in %.1f s; items %d, duplicates %d; test %.0f s%n", ids.size(), ofA.size(),
          ids.size() - ofA.size(), ids.size(), ownedAfter, polledAfter, emitted.size() - dups, dups,
          (System.nanoTime() - started) / 1e9);
      assertTrue(!ofA.isEmpty() && ofA.size() < ids.size(), "each instance owned some sources: A owned " + ofA);
      assertEquals(0, dups, "no item emitted twice");
      assertEquals(sites.itemCount(), emitted.size(), "every item emitted once");
    } finally {
      unlist(ids);
    }
  }
}

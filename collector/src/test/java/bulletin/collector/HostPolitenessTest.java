package bulletin.collector;

import static bulletin.collector.ScaleOutTest.assumeOwnBroker;
import static bulletin.collector.ScaleOutTest.collectorRun;
import static bulletin.collector.ScaleOutTest.partition;
import static bulletin.collector.ScaleOutTest.settings;
import static bulletin.collector.ScaleOutTest.sourcePartitions;
import static bulletin.collector.ScaleOutTest.unlist;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.assign.SourceAssignments;
import bulletin.collector.source.SourceListing;
import bulletin.testkit.Await;
import bulletin.testkit.ChildJvm;
import bulletin.testkit.SharedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two collector instances and two sources on one host: the host's sources are owned by one
 * instance, so the delay between requests to the host holds across the cluster, not per instance.
 */
class HostPolitenessTest {
  private static final Duration DELAY = Duration.ofSeconds(2);

  @Test
  void twoInstancesNeverHitOneHostFasterThanItsDelay(@TempDir Path dir) throws Exception {
    assumeOwnBroker();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String group = "polite-" + run;
    int partitions = sourcePartitions();
    // Two ids that a listing keyed by id would put on different partitions, hence perhaps on two instances.
    String first = "polite-" + run + "-a";
    String second = null;
    for (int k = 0; second == null; k++) {
      String candidate = "polite-" + run + "-b" + k;
      if (partition(candidate, partitions) != partition(first, partitions)) {
        second = candidate;
      }
    }
    List<String> ids = List.of(first, second);
    try (TinySites sites = TinySites.start(ids, dir)) {
      Map<String, String> a = settings(group, "polite-a-" + run, -1);
      Map<String, String> b = settings(group, "polite-b-" + run, -1);
      a.put("fetch.delay", DELAY.toSeconds() + "s");
      b.put("fetch.delay", DELAY.toSeconds() + "s");
      try (ChildJvm instanceA = collectorRun(dir, a, dir.resolve("a.log"));
          ChildJvm instanceB = collectorRun(dir, b, dir.resolve("b.log"))) {
        Await.until("both instances own partitions", Duration.ofSeconds(90), () -> {
          instanceA.requireAlive();
          instanceB.requireAlive();
          Set<String> owners = new HashSet<>(SourceAssignments.owners(SharedKafka.bootstrapServers(), group).values());
          return owners.size() == 2;
        });
        Await.until("each source's list page is read three times", Duration.ofSeconds(90), () -> {
          instanceA.requireAlive();
          instanceB.requireAlive();
          return ids.stream().allMatch(id -> sites.polls(id) >= 3);
        });

        var listing = SourceListing.open(SharedKafka.bootstrapServers(), 12, (short) -1).read();
        int hostPartition = SourceListing.partitionOf(listing.get(first).source().definition(), partitions);
        assertEquals(hostPartition, listing.get(first).partition(), "the first source is on its host's partition");
        assertEquals(hostPartition, listing.get(second).partition(), "the second source is on its host's partition");
        assertNotEquals(partition(first, partitions), partition(second, partitions),
            "keyed by id, the two would have been apart");

        List<Long> arrivals = sites.arrivals("127.0.0.1");
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
          gaps.add((arrivals.get(i) - arrivals.get(i - 1)) / 1e9);
        }
        double shortest = gaps.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        System.out.printf("host politeness: %d requests to one host from two instances, shortest gap %.2f s "
            + "(delay %d s)%n", arrivals.size(), shortest, DELAY.toSeconds());
        // Arrival times carry the loopback's jitter on a busy machine: half the delay is the bound
        // that two instances polling the host at once would break (their requests come together).
        assertTrue(shortest >= DELAY.toMillis() / 2000.0, "requests " + gaps + " s apart");
      } finally {
        unlist(ids);
      }
    }
  }
}

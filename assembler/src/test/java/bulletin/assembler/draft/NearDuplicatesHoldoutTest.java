package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The story detector on a second set of labelled pairs ({@code near-duplicates-holdout.jsonl}),
 * written apart from the tuning set and never used to choose a threshold: its figures are reported
 * (docs/benchmarks.md), not required, so that they stay an honest estimate. The test checks only
 * that the set is whole.
 */
class NearDuplicatesHoldoutTest {

  @Test
  void reportsHowManyRepostsAndLookAlikesOfTheHeldOutPairsAreMerged() throws Exception {
    List<NearDuplicatesTest.Pair> pairs = NearDuplicatesTest.pairs("near-duplicates-holdout.jsonl");
    Map<String, int[]> byKind = new TreeMap<>();
    StringBuilder report = new StringBuilder();
    for (NearDuplicatesTest.Pair p : pairs) {
      for (String side : List.of("title", "text", "sourceName")) {
        assertTrue(p.a().hasNonNull(side) && p.b().hasNonNull(side), "line " + p.line() + " lacks " + side);
      }
      String kind = p.kind();
      assertEquals(!kind.equals("look-alike"), p.duplicate(), "line " + p.line() + ": " + kind);
      boolean merged = NearDuplicatesTest.detected(p);
      int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
      counts[0] += merged ? 1 : 0;
      counts[1]++;
      double s = NearDuplicates.similarity(NearDuplicates.signature(p.a().get("title").asText(), p.a().get("text").asText()),
          NearDuplicates.signature(p.b().get("title").asText(), p.b().get("text").asText()));
      report.append(String.format("held-out line %2d %-10s similarity %.2f merged %s%n", p.line(), kind, s, merged));
    }
    long reposts = pairs.stream().filter(NearDuplicatesTest.Pair::duplicate).count();
    assertTrue(pairs.size() >= 60 && reposts >= 30 && pairs.size() - reposts >= 30,
        "at least 30 reposts and 30 look-alikes: " + reposts + " of " + pairs.size());
    int found = byKind.entrySet().stream().filter(e -> !e.getKey().equals("look-alike")).mapToInt(e -> e.getValue()[0]).sum();
    System.out.print(report);
    byKind.forEach((k, c) -> System.out.printf("held-out %s: %d of %d merged%n", k, c[0], c[1]));
    System.out.printf("held-out reposts found %d of %d, look-alikes merged %d of %d%n", found, reposts,
        byKind.get("look-alike")[0], pairs.size() - reposts);
  }
}

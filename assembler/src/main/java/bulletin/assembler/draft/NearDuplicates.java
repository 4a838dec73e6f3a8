package bulletin.assembler.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the same news reposted by several sites: MinHash signatures over character 3-shingles of
 * the title and the opening of the text, locality-sensitive hashing to find candidate pairs without
 * comparing every pair, and a similarity threshold measured on labelled pairs
 * ({@code near-duplicates.jsonl}, see docs/benchmarks.md).
 */
public final class NearDuplicates {
  /** Estimated Jaccard similarity at or above which two items are one news item. */
  public static final double THRESHOLD = 0.45;
  static final int SHINGLE = 3;
  static final int HASHES = 126;
  static final int BANDS = 42;
  static final int TEXT_CHARS = 300;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  private NearDuplicates() {}

  /** The MinHash signature of an item's title and text. */
  public static long[] signature(String title, String text) {
    String s = (title + "。" + (text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text))
        .codePoints().filter(Character::isLetterOrDigit)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + SHINGLE <= Math.max(cps.length, SHINGLE); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < Math.min(i + SHINGLE, cps.length); k++) {
        h = 31 * h + cps[k];
      }
      for (int j = 0; j < HASHES; j++) {
        long v = mix(h ^ SEEDS[j]);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** The share of equal signature slots: an estimate of the Jaccard similarity of the shingle sets. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /**
   * Groups {@code items} into clusters of near-duplicates, each in input order; items alone form
   * clusters of one. Pairs sharing a band of their signatures are compared; those at or above
   * {@code threshold} are joined.
   */
  public static <T> List<List<T>> clusters(List<T> items, Function<T, long[]> signatureOf, double threshold) {
    int n = items.size();
    long[][] sigs = new long[n][];
    for (int i = 0; i < n; i++) {
      sigs[i] = signatureOf.apply(items.get(i));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int rows = HASHES / BANDS;
    for (int b = 0; b < BANDS; b++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        long key = 17;
        for (int r = 0; r < rows; r++) {
          key = key * 31 + sigs[i][b * rows + r];
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int i = bucket.get(x);
            int j = bucket.get(y);
            if (find(parent, i) != find(parent, j) && similarity(sigs[i], sigs[j]) >= threshold) {
              parent[find(parent, j)] = find(parent, i);
            }
          }
        }
      }
    }
    Map<Integer, List<T>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}

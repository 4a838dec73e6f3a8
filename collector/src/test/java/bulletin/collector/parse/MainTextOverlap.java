package bulletin.collector.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Character-bigram F1 of an extracted text against the annotated one, whitespace ignored: the
 * share of bigrams both have (counted with repeats), as precision, recall and their harmonic mean.
 */
final class MainTextOverlap {
  private MainTextOverlap() {}

  static double f1(String extracted, String gold) {
    Map<Integer, Integer> got = bigrams(extracted);
    Map<Integer, Integer> want = bigrams(gold);
    int gotCount = got.values().stream().mapToInt(Integer::intValue).sum();
    int wantCount = want.values().stream().mapToInt(Integer::intValue).sum();
    if (gotCount == 0 || wantCount == 0) {
      return gotCount == wantCount ? 1 : 0;
    }
    int common = 0;
    for (Map.Entry<Integer, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    double precision = (double) common / gotCount;
    double recall = (double) common / wantCount;
    return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static Map<Integer, Integer> bigrams(String text) {
    String s = text.replaceAll("\\s+", "");
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      counts.merge((s.charAt(i) << 16) | s.charAt(i + 1), 1, Integer::sum);
    }
    return counts;
  }
}

package bulletin.classifier.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What editors corrected, remembered by item: a new item whose title is close to a corrected one
 * goes where the editor put that one, so a correction is made once, not every issue.
 */
public final class EditorMemory {
  /** Jaccard similarity of title bigrams at or above which two items are "the same kind". */
  public static final double SIMILAR = 0.5;

  private final Map<String, Remembered> byItem = new ConcurrentHashMap<>();

  /** A correction: the item's title and the section an editor chose (null = off-topic). */
  public record Remembered(String itemId, String title, String section, String by, Set<String> bigrams) {}

  /** A correction that matches an item, with how similar the titles are. */
  public record Match(Remembered example, double similarity) {}

  public void remember(String itemId, String title, String section, String by) {
    byItem.put(itemId, new Remembered(itemId, title, section, by, bigrams(title)));
  }

  public int size() {
    return byItem.size();
  }

  /** The most similar correction at or above {@link #SIMILAR}, if any. */
  public Optional<Match> closest(String title) {
    if (byItem.isEmpty()) {
      return Optional.empty();
    }
    Set<String> b = bigrams(title);
    Match best = null;
    for (Remembered r : byItem.values()) {
      double s = jaccard(b, r.bigrams());
      if (s >= SIMILAR && (best == null || s > best.similarity())) {
        best = new Match(r, s);
      }
    }
    return Optional.ofNullable(best);
  }

  static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    List<Integer> cps = s.codePoints().filter(Character::isLetterOrDigit).boxed().toList();
    for (int i = 0; i + 1 < cps.size(); i++) {
      out.add(new String(new int[] {cps.get(i), cps.get(i + 1)}, 0, 2));
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return inter / (double) (a.size() + b.size() - inter);
  }
}

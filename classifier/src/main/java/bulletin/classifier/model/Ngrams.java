package bulletin.classifier.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Character n-grams (2 and 3) of an item, the title counted {@link #TITLE_WEIGHT} times over the
 * text. Only Han characters, letters and digits form n-grams; punctuation and spaces break them.
 */
public final class Ngrams {
  /** The title says more about the section than any sentence of the body. */
  public static final int TITLE_WEIGHT = 3;
  /** Only the opening of the text is read: it carries the news, the rest repeats or wanders. */
  public static final int TEXT_CHARS = 400;

  private Ngrams() {}

  /** n-gram → weighted count. */
  public static Map<String, Integer> of(String title, String text) {
    Map<String, Integer> counts = new HashMap<>();
    add(counts, title, TITLE_WEIGHT);
    add(counts, text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text, 1);
    return counts;
  }

  private static void add(Map<String, Integer> counts, String s, int weight) {
    int[] cps = s.codePoints().map(c -> Character.isLetterOrDigit(c) ? c : ' ').toArray();
    for (int i = 0; i < cps.length; i++) {
      for (int n = 2; n <= 3 && i + n <= cps.length; n++) {
        boolean word = true;
        for (int k = i; k < i + n; k++) {
          word &= cps[k] != ' ';
        }
        if (word) {
          counts.merge(new String(cps, i, n), weight, Integer::sum);
        }
      }
    }
  }
}

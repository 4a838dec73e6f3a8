package bulletin.classifier.model;

/**
 * Character n-grams (2 and 3) of an item, the title counted {@link #TITLE_WEIGHT} times over the
 * text. Only Han characters, letters and digits form n-grams; punctuation and spaces break them.
 * An n-gram is packed in a {@code long}, 21 bits a code point, so that counting and looking them
 * up allocates nothing per n-gram.
 */
public final class Ngrams {
  /** The title says more about the section than any sentence of the body. */
  public static final int TITLE_WEIGHT = 3;
  /** Only the opening of the text is read: it carries the news, the rest repeats or wanders. */
  public static final int TEXT_CHARS = 400;

  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;

  private Ngrams() {}

  /** One document's n-grams and their weighted counts, in order of first appearance. */
  public record Bag(long[] keys, int[] counts, int size) {
    /** The n-gram at {@code i} as text. */
    public String text(int i) {
      return unpack(keys[i]);
    }

    /** The sum of the counts. */
    public int total() {
      int sum = 0;
      for (int i = 0; i < size; i++) {
        sum += counts[i];
      }
      return sum;
    }
  }

  /** The n-grams of an item. */
  public static Bag of(String title, String text) {
    Counter counter = new Counter(title.length() * 2 + Math.min(text.length(), TEXT_CHARS) * 2);
    add(counter, title, TITLE_WEIGHT);
    add(counter, text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text, 1);
    return counter.bag();
  }

  /** An n-gram of two or three letters or digits, packed. */
  public static long pack(String ngram) {
    int[] cps = ngram.codePoints().toArray();
    if (cps.length < 2 || cps.length > 3) {
      throw new IllegalArgumentException("'" + ngram + "' is not an n-gram of 2 or 3 characters");
    }
    return pack(cps, 0, cps.length);
  }

  static long pack(int[] cps, int from, int n) {
    long key = 0;
    for (int k = from; k < from + n; k++) {
      key = (key << BITS) | cps[k];
    }
    return key;
  }

  /** A packed n-gram as text: a trigram's first code point lands above bit 42, a bigram's never does. */
  static String unpack(long key) {
    StringBuilder s = new StringBuilder(3);
    if (key >>> (2 * BITS) != 0) {
      s.appendCodePoint((int) (key >>> (2 * BITS)));
    }
    s.appendCodePoint((int) ((key >>> BITS) & MASK));
    s.appendCodePoint((int) (key & MASK));
    return s.toString();
  }

  private static void add(Counter counter, String s, int weight) {
    int[] cps = s.codePoints().map(c -> Character.isLetterOrDigit(c) ? c : ' ').toArray();
    for (int i = 0; i < cps.length; i++) {
      for (int n = 2; n <= 3 && i + n <= cps.length; n++) {
        boolean word = true;
        for (int k = i; k < i + n; k++) {
          word &= cps[k] != ' ';
        }
        if (word) {
          counter.add(pack(cps, i, n), weight);
        }
      }
    }
  }

  /** Counts packed n-grams. */
  private static final class Counter {
    private final LongIndex index;
    private long[] keys;
    private int[] counts;

    Counter(int expected) {
      index = new LongIndex(Math.max(16, expected));
      keys = new long[Math.max(16, expected)];
      counts = new int[keys.length];
    }

    void add(long key, int weight) {
      int i = index.add(key);
      if (i == keys.length) {
        keys = java.util.Arrays.copyOf(keys, keys.length * 2);
        counts = java.util.Arrays.copyOf(counts, counts.length * 2);
      }
      keys[i] = key;
      counts[i] += weight;
    }

    Bag bag() {
      return new Bag(keys, counts, index.size());
    }
  }
}

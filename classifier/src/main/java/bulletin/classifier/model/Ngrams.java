package bulletin.classifier.model;

/**
 * Character n-grams (2 and 3) of an item, the title counted {@link #TITLE_WEIGHT} times over the
 * text. Only Han characters, letters and digits form n-grams; punctuation and spaces break them. An
 * n-gram with a digit in it ("202", "21年", "月12") is left out: years, dates and figures say nothing
 * of the section, and a corpus gathered over ten years teaches them only by chance.
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
    Counter counter = SCRATCH.get();
    counter.clear();
    add(counter, title, TITLE_WEIGHT);
    add(counter, text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text, 1);
    return counter.bag();
  }

  /** Each thread counts in its own scratch space, so an item's n-grams allocate only the bag they end in. */
  private static final ThreadLocal<Counter> SCRATCH = ThreadLocal.withInitial(Counter::new);

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
    int length = counter.readCodePoints(s);
    int[] cps = counter.codePoints;
    for (int i = 0; i < length; i++) {
      for (int n = 2; n <= 3 && i + n <= length; n++) {
        boolean word = true;
        boolean digits = false;
        for (int k = i; k < i + n; k++) {
          word &= cps[k] != ' ';
          digits |= Character.isDigit(cps[k]);
        }
        if (word && !digits) {
          counter.add(pack(cps, i, n), weight);
        }
      }
    }
  }

  /** Counts packed n-grams; reused, cleared before each item. */
  private static final class Counter {
    private final LongIndex index = new LongIndex(1024);
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int[] codePoints = new int[512];

    void clear() {
      java.util.Arrays.fill(counts, 0, index.size(), 0);
      index.clear();
    }

    /** Reads the text's code points into {@link #codePoints}, letters and digits kept and everything else a space; their count. */
    int readCodePoints(String s) {
      if (codePoints.length < s.length()) {
        codePoints = new int[s.length()];
      }
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        codePoints[n++] = Character.isLetterOrDigit(c) ? c : ' ';
        i += Character.charCount(c);
      }
      return n;
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
      int size = index.size();
      return new Bag(java.util.Arrays.copyOf(keys, size), java.util.Arrays.copyOf(counts, size), size);
    }
  }
}

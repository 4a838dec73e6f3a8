package bulletin.classifier.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Multinomial naive Bayes over weighted n-grams, with add-α smoothing. Counts can be added while
 * it is in use (editors' examples): scoring takes a shared lock, learning an exclusive one, so
 * several stream threads score at once.
 *
 * <p>log P(f | c) = log(count(f, c) + α) − log(total(c) + α·V): the first term is kept with each
 * feature and renewed only when its counts change, the second is one value per class, so scoring
 * an item takes no logarithm per feature. Features are numbered by a primitive index and their
 * counts kept in flat arrays, {@code k} values a feature.
 */
public final class NaiveBayes {
  static final double ALPHA = 0.5;

  private final List<String> labels;
  private final int k;
  private final LongIndex index;
  private double[] counts;
  private double[] logCounts;
  /** Each feature's count over all classes: a feature whose count returns to 0 (an undone correction) is unknown again. */
  private double[] featureTotals;
  /** How many features have a count: the V of the smoothing. */
  private int vocabulary;
  private final double[] totals;
  private final double[] documents;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /**
   * A document scored: its features' numbers (-1 for unknown ones), their entries in the model's
   * table (-1 for none; a feature whose counts returned to 0 keeps its entry) and log P(class) +
   * Σ log P(f | class).
   */
  public record Scored(Ngrams.Bag document, int[] features, int[] entries, double[] logJoint) {}

  public NaiveBayes(List<String> labels) {
    this(labels, new LongIndex(1024), new double[labels.size()], new double[labels.size()]);
  }

  /**
   * A model whose table numbers {@code first} 0, 1, 2… before any feature it learns, so that a
   * table numbering the same keys alike (the regression's {@link Vocabulary}) reads its numbers off
   * the scored document's entries instead of looking each n-gram up again.
   */
  NaiveBayes(List<String> labels, long[] first) {
    this(labels, indexOf(first, 1024), new double[labels.size()], new double[labels.size()]);
  }

  private static LongIndex indexOf(long[] first, int expected) {
    LongIndex index = new LongIndex(Math.max(expected, first.length));
    for (long key : first) {
      index.add(key);
    }
    return index;
  }

  /** Whether the table numbers {@code keys} 0, 1, 2…, in their order. */
  boolean numbersFirst(long[] keys) {
    return reading(() -> {
      for (int i = 0; i < keys.length; i++) {
        if (index.get(keys[i]) != i) {
          return false;
        }
      }
      return true;
    });
  }

  private NaiveBayes(List<String> labels, LongIndex index, double[] totals, double[] documents) {
    this.labels = List.copyOf(labels);
    this.k = labels.size();
    this.index = index;
    this.counts = new double[Math.max(1, index.size()) * k];
    this.logCounts = new double[counts.length];
    Arrays.fill(logCounts, Math.log(ALPHA));
    this.featureTotals = new double[Math.max(1, index.size())];
    this.totals = totals;
    this.documents = documents;
  }

  public List<String> labels() {
    return labels;
  }

  /** Adds one document of class {@code label}, its features counted {@code weight} times. */
  public void add(String label, Ngrams.Bag document, double weight) {
    int c = index(label);
    lock.writeLock().lock();
    try {
      documents[c] += weight;
      for (int i = 0; i < document.size(); i++) {
        double added = document.counts()[i] * weight;
        addCount(index.add(document.keys()[i]), c, added);
        totals[c] += added;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void addCount(int feature, int c, double added) {
    if ((feature + 1) * k > counts.length) {
      int size = Math.max((feature + 1) * k, counts.length * 2);
      counts = Arrays.copyOf(counts, size);
      int known = logCounts.length;
      logCounts = Arrays.copyOf(logCounts, size);
      Arrays.fill(logCounts, known, size, Math.log(ALPHA));
    }
    if (feature >= featureTotals.length) {
      featureTotals = Arrays.copyOf(featureTotals, Math.max(feature + 1, featureTotals.length * 2));
    }
    boolean was = featureTotals[feature] > 0;
    featureTotals[feature] += added;
    boolean is = featureTotals[feature] > 0;
    vocabulary += (is ? 1 : 0) - (was ? 1 : 0);
    counts[feature * k + c] += added;
    logCounts[feature * k + c] = Math.log(counts[feature * k + c] + ALPHA);
  }

  /** Scores a document: log P(class) + Σ log P(feature | class) for each class, over the features the model knows. */
  public Scored score(Ngrams.Bag document) {
    return reading(() -> {
      int[] features = new int[document.size()];
      int[] entries = new int[document.size()];
      double[] out = new double[k];
      double known = 0;
      for (int i = 0; i < document.size(); i++) {
        int f = index.get(document.keys()[i]);
        entries[i] = f;
        if (f >= 0 && featureTotals[f] <= 0) {
          f = -1;
        }
        features[i] = f;
        if (f < 0) {
          continue;
        }
        int n = document.counts()[i];
        known += n;
        for (int c = 0; c < k; c++) {
          out[c] += n * logCounts[f * k + c];
        }
      }
      double docs = 0;
      for (double d : documents) {
        docs += d;
      }
      for (int c = 0; c < k; c++) {
        out[c] += Math.log((documents[c] + 1) / (docs + k)) - known * Math.log(totals[c] + ALPHA * vocabulary);
      }
      return new Scored(document, features, entries, out);
    });
  }

  private <T> T reading(Supplier<T> read) {
    lock.readLock().lock();
    try {
      return read.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  public int index(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("label '" + label + "' is not one of " + labels);
    }
    return i;
  }

  /** Writes the model as text: a header of labels and document counts, then one feature a line, in text order. */
  public void write(Writer out) throws IOException {
    Map<String, double[]> byText = reading(() -> {
      Map<String, double[]> sorted = new TreeMap<>();
      for (long key : keys()) {
        int f = index.get(key);
        sorted.put(Ngrams.unpack(key), Arrays.copyOfRange(counts, f * k, f * k + k));
      }
      return sorted;
    });
    out.write("labels\t" + String.join("\t", labels) + "\n");
    out.write("documents\t" + join(documents) + "\n");
    for (var e : byText.entrySet()) {
      out.write(e.getKey() + "\t" + join(e.getValue()) + "\n");
    }
  }

  /** Every feature's key, by its number. */
  private long[] keys() {
    long[] keys = new long[index.size()];
    index.forEach((key, number) -> keys[number] = key);
    return keys;
  }

  /** Reads what {@link #write} wrote. */
  public static NaiveBayes read(BufferedReader in) throws IOException {
    return read(in, new long[0]);
  }

  /** Reads what {@link #write} wrote, numbering {@code first} before the rest (see {@link #NaiveBayes(List, long[])}). */
  static NaiveBayes read(BufferedReader in, long[] first) throws IOException {
    String[] header = in.readLine().split("\t");
    List<String> labels = List.of(header).subList(1, header.length);
    double[] documents = parse(in.readLine().split("\t"), labels.size(), "documents");
    List<Long> keys = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] parts = line.split("\t");
      rows.add(parse(parts, labels.size(), parts[0]));
      try {
        keys.add(Ngrams.pack(parts[0]));
      } catch (IllegalArgumentException e) {
        throw new IOException("model line '" + parts[0] + "': " + e.getMessage());
      }
    }
    NaiveBayes nb = new NaiveBayes(labels, indexOf(first, rows.size()), new double[labels.size()], documents);
    for (int r = 0; r < rows.size(); r++) {
      int f = nb.index.add(keys.get(r));
      double[] row = rows.get(r);
      for (int c = 0; c < row.length; c++) {
        nb.addCount(f, c, row[c]);
        nb.totals[c] += row[c];
      }
    }
    return nb;
  }

  private static double[] parse(String[] parts, int k, String what) throws IOException {
    if (parts.length != k + 1) {
      throw new IOException("model line '" + what + "' has " + (parts.length - 1) + " counts, expected " + k);
    }
    double[] out = new double[k];
    for (int i = 0; i < k; i++) {
      out[i] = Double.parseDouble(parts[i + 1]);
    }
    return out;
  }

  private static String join(double[] values) {
    List<String> s = new ArrayList<>();
    for (double v : values) {
      s.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
    }
    return String.join("\t", s);
  }
}

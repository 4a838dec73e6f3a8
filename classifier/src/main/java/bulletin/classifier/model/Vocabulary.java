package bulletin.classifier.model;

import java.util.List;
import java.util.TreeMap;

/**
 * The n-grams the regression weighs directly, beside the cues: those found in at least
 * {@link #MIN_ITEMS} training items, in text order. Each is one input after the cue inputs; its
 * value in an item is the logarithm of its weighted count, the item's vector scaled to length
 * {@link #SCALE}, so a long text does not outweigh the cues.
 */
final class Vocabulary {
  static final int MIN_ITEMS = 2;
  /**
   * The length of an item's n-gram vector. Chosen by cross-validation on the training items (4 to
   * 30 tried; 12 best): longer lets the n-grams speak with the same penalty as the cues.
   */
  static final double SCALE = 12;

  private final LongIndex index;
  private final long[] keys;

  private Vocabulary(long[] keys) {
    this.keys = keys;
    this.index = new LongIndex(Math.max(1, keys.length));
    for (long key : keys) {
      index.add(key);
    }
  }

  /** The n-grams of at least {@link #MIN_ITEMS} of {@code bags}. */
  static Vocabulary of(List<Ngrams.Bag> bags) {
    LongIndex seen = new LongIndex(1 << 16);
    int[] items = new int[1 << 16];
    for (Ngrams.Bag bag : bags) {
      for (int i = 0; i < bag.size(); i++) {
        int n = seen.add(bag.keys()[i]);
        if (n >= items.length) {
          items = java.util.Arrays.copyOf(items, items.length * 2);
        }
        items[n]++;
      }
    }
    TreeMap<String, Long> kept = new TreeMap<>();
    for (Ngrams.Bag bag : bags) {
      for (int i = 0; i < bag.size(); i++) {
        if (items[seen.get(bag.keys()[i])] >= MIN_ITEMS) {
          kept.put(bag.text(i), bag.keys()[i]);
        }
      }
    }
    return new Vocabulary(kept.values().stream().mapToLong(Long::longValue).toArray());
  }

  /** A vocabulary read from a model file: its n-grams in the order given. */
  static Vocabulary read(List<String> ngrams) {
    return new Vocabulary(ngrams.stream().mapToLong(Ngrams::pack).toArray());
  }

  int size() {
    return keys.length;
  }

  /** The n-grams, by their number. */
  long[] keys() {
    return keys.clone();
  }

  /** {@code bag} with only this vocabulary's n-grams, in their order there. */
  Ngrams.Bag only(Ngrams.Bag bag) {
    long[] keys = new long[bag.size()];
    int[] counts = new int[bag.size()];
    int n = 0;
    for (int i = 0; i < bag.size(); i++) {
      if (index.get(bag.keys()[i]) >= 0) {
        keys[n] = bag.keys()[i];
        counts[n++] = bag.counts()[i];
      }
    }
    return new Ngrams.Bag(java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(counts, n), n);
  }

  String text(int i) {
    return Ngrams.unpack(keys[i]);
  }

  /** The item's inputs: the cue inputs {@code dense} that are not zero, then its known n-grams from input {@code from}. */
  SoftmaxRegression.Sparse inputs(double[] dense, Ngrams.Bag bag, int from) {
    return inputs(dense, bag, from, null);
  }

  /**
   * The same, with each n-gram's number {@code numbered[i]} already known (-1 or at least
   * {@link #size()}: not in the vocabulary), or looked up when {@code numbered} is null.
   */
  SoftmaxRegression.Sparse inputs(double[] dense, Ngrams.Bag bag, int from, int[] numbered) {
    int n = 0;
    for (double v : dense) {
      n += v != 0 ? 1 : 0;
    }
    int[] at = new int[n + bag.size()];
    double[] value = new double[at.length];
    int j = 0;
    for (int f = 0; f < dense.length; f++) {
      if (dense[f] != 0) {
        at[j] = f;
        value[j++] = dense[f];
      }
    }
    int cues = j;
    double norm = 0;
    for (int i = 0; i < bag.size(); i++) {
      int g = numbered == null ? index.get(bag.keys()[i]) : numbered[i] < keys.length ? numbered[i] : -1;
      if (g >= 0) {
        at[j] = from + g;
        value[j] = Math.log1p(bag.counts()[i]);
        norm += value[j] * value[j];
        j++;
      }
    }
    double scale = norm == 0 ? 0 : SCALE / Math.sqrt(norm);
    for (int i = cues; i < j; i++) {
      value[i] *= scale;
    }
    return new SoftmaxRegression.Sparse(java.util.Arrays.copyOf(at, j), java.util.Arrays.copyOf(value, j));
  }
}

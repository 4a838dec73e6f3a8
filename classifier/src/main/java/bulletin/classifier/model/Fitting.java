package bulletin.classifier.model;

import bulletin.classifier.cue.Cues;
import bulletin.common.profile.BulletinProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the section model on labelled items, deterministically, in three steps (the regression reads
 * the cues, the n-grams of at least two items, the n-gram model's beliefs and the items' meaning):
 * <ol>
 *   <li>the n-gram model's beliefs for every item come from a model that did not see it (5 folds),
 *       so the regression learns how far to trust them on new text;
 *   <li>the regression's penalty, and how far a small section's items are weighted up by its
 *       rarity, are chosen together by 5-fold cross-validation (macro-F1): the right weighting
 *       depends on how uneven the corpus is, and weighting fully can make off-topic items, the
 *       largest class, lose too many to the sections;
 *   <li>the temperature that makes the cross-validated probabilities honest (least log-loss) is
 *       kept with the model.
 * </ol>
 */
public final class Fitting {
  static final int FOLDS = 5;
  static final double[] PENALTIES = {0.0003, 0.001};
  /** How far rarity weighs: an item of a section with a share s of the items counts (1/(8s))^e. */
  static final double[] RARITY_EXPONENTS = {0.75, 1.0};
  /** How many settings cross-validation tries. */
  public static final int SETTINGS = PENALTIES.length * RARITY_EXPONENTS.length;

  private Fitting() {}

  /**
   * The fitted model and what cross-validation said of it.
   *
   * @param heldOutProbabilities each item's calibrated probabilities from a model that did not see it
   */
  public record Fitted(SectionModel model, double penalty, double rarityExponent, double crossValidatedMacroF1,
      double[][] heldOutProbabilities) {}

  /** One setting of the grid and its cross-validated scores. */
  private record Tried(double exponent, double penalty, double[][] scores, double macroF1) {}

  /**
   * Fits a model.
   *
   * @param sections each item's section, null for off-topic
   */
  public static Fitted fit(BulletinProfile profile, List<Item> items, List<String> sections, String version) {
    List<String> labels = SectionModel.labelsOf(profile);
    int k = labels.size();
    int n = items.size();
    int[] y = new int[n];
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      String s = sections.get(i);
      y[i] = labels.indexOf(s == null ? SectionRules.OFF_TOPIC : s);
      if (y[i] < 0) {
        throw new IllegalArgumentException("item " + (i + 1) + " (“" + items.get(i).title() + "”) has section '" + s
            + "', which is not one of " + labels);
      }
      fold[i] = Math.floorMod(items.get(i).title().hashCode(), FOLDS);
    }
    List<Ngrams.Bag> bags = items.stream().map(i -> SectionModel.bagOf(i.title(), i.text())).toList();
    Vocabulary vocabulary = Vocabulary.of(bags);
    // Naive Bayes counts only the vocabulary's n-grams: one seen in a single item is chance.
    List<Ngrams.Bag> counted = bags.stream().map(vocabulary::only).toList();
    SectionModel shape = new SectionModel(profile, new NaiveBayes(labels), vocabulary, null, 1, version);
    int d = shape.inputs();
    Cues[] cues = items.stream().map(SectionModel::cuesOf).toArray(Cues[]::new);
    SoftmaxRegression.Sparse[] x = new SoftmaxRegression.Sparse[n];
    float[][] meanings = Meaning.of(items);
    for (int f = 0; f < FOLDS; f++) {
      NaiveBayes nb = ngrams(new NaiveBayes(labels), counted, y, fold, f);
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          x[i] = shape.inputs(items.get(i), cues[i], bags.get(i), nb.score(bags.get(i)), meanings[i]);
        }
      }
    }
    // every setting is tried on every fold, two or more at a time; the best is then picked in the
    // grid's order (ties keep the earlier: the milder weighting, the smaller penalty), so the
    // result does not depend on which finished first
    List<double[]> settings = new ArrayList<>();
    for (double exponent : RARITY_EXPONENTS) {
      for (double penalty : PENALTIES) {
        settings.add(new double[] {exponent, penalty});
      }
    }
    List<Tried> tried = settings.parallelStream()
        .map(s -> crossValidate(shape, x, cues, y, fold, k, d, s[0], s[1])).toList();
    Tried best = tried.get(0);
    for (Tried t : tried) {
      if (t.macroF1() > best.macroF1() + 1e-9) {
        best = t;
      }
    }
    double[][] bestScores = best.scores();
    double[] weight = balanced(y, k, best.exponent());
    double bestPenalty = best.penalty();
    double temperature = temperature(bestScores, y);
    double[][] probabilities = new double[n][];
    for (int i = 0; i < n; i++) {
      probabilities[i] = SoftmaxRegression.softmax(bestScores[i], temperature);
    }
    NaiveBayes nb = ngrams(new NaiveBayes(labels, vocabulary.keys()), counted, y, fold, -1);
    SoftmaxRegression r = SoftmaxRegression.fit(x, d, y, weight, k, bestPenalty);
    return new Fitted(new SectionModel(profile, nb, vocabulary, r, temperature, version), bestPenalty,
        best.exponent(), best.macroF1(), probabilities);
  }

  /** Each item's scores from a regression that did not see it, with one weighting and penalty. */
  private static Tried crossValidate(SectionModel shape, SoftmaxRegression.Sparse[] x, Cues[] cues, int[] y,
      int[] fold, int k, int d, double exponent, double penalty) {
    double[] weight = balanced(y, k, exponent);
    double[][] scores = new double[y.length][];
    for (int f = 0; f < FOLDS; f++) {
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (fold[i] != f) {
          in.add(i);
        }
      }
      SoftmaxRegression r = SoftmaxRegression.fit(rows(x, in), d, pick(y, in), pick(weight, in), k, penalty);
      for (int i = 0; i < y.length; i++) {
        if (fold[i] == f) {
          scores[i] = shape.ruledOut(cues[i], r.scores(x[i]));
        }
      }
    }
    return new Tried(exponent, penalty, scores, macroF1(scores, y, k));
  }

  /** {@code nb} taught every item outside fold {@code except} (-1: all items). */
  private static NaiveBayes ngrams(NaiveBayes nb, List<Ngrams.Bag> bags, int[] y, int[] fold, int except) {
    for (int i = 0; i < bags.size(); i++) {
      if (fold[i] != except) {
        nb.add(nb.labels().get(y[i]), bags.get(i), 1);
      }
    }
    return nb;
  }

  /**
   * Weights that lift the smaller sections towards counting alike: fully at {@code exponent} 1,
   * part of the way below it.
   */
  static double[] balanced(int[] y, int k, double exponent) {
    double[] count = new double[k];
    for (int c : y) {
      count[c]++;
    }
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      w[i] = Math.pow(y.length / (k * count[y[i]]), exponent);
    }
    return w;
  }

  /** The temperature with the least log-loss, searched on a fine grid. */
  static double temperature(double[][] scores, int[] y) {
    double best = 1;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double t = 0.25; t <= 6.0001; t += 0.05) {
      double loss = 0;
      for (int i = 0; i < y.length; i++) {
        loss -= Math.log(Math.max(1e-12, SoftmaxRegression.softmax(scores[i], t)[y[i]]));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = Math.round(t * 100) / 100.0;
      }
    }
    return best;
  }

  static double macroF1(double[][] scores, int[] y, int k) {
    int[] tp = new int[k];
    int[] predicted = new int[k];
    int[] gold = new int[k];
    for (int i = 0; i < y.length; i++) {
      int p = SectionModel.argmax(scores[i], -1);
      predicted[p]++;
      gold[y[i]]++;
      if (p == y[i]) {
        tp[p]++;
      }
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      double pr = predicted[c] == 0 ? 0 : tp[c] / (double) predicted[c];
      double re = gold[c] == 0 ? 0 : tp[c] / (double) gold[c];
      sum += pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
    }
    return sum / k;
  }

  private static SoftmaxRegression.Sparse[] rows(SoftmaxRegression.Sparse[] x, List<Integer> in) {
    return in.stream().map(i -> x[i]).toArray(SoftmaxRegression.Sparse[]::new);
  }

  private static int[] pick(int[] v, List<Integer> in) {
    return in.stream().mapToInt(i -> v[i]).toArray();
  }

  private static double[] pick(double[] v, List<Integer> in) {
    return in.stream().mapToDouble(i -> v[i]).toArray();
  }
}

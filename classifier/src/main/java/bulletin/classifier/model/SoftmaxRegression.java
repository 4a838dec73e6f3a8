package bulletin.classifier.model;

/**
 * Multinomial logistic regression: one weight per input and section, fitted by full-batch gradient
 * descent (Adam) with an L2 penalty. Inputs are sparse (an item names only its inputs that are not
 * zero: its cues and its n-grams, out of tens of thousands). Deterministic: the same items give the
 * same weights.
 */
final class SoftmaxRegression {
  static final int EPOCHS = 400;
  static final double RATE = 0.05;

  private final double[][] weights;

  SoftmaxRegression(double[][] weights) {
    this.weights = weights;
  }

  /** An item's inputs: the numbers of those that are not zero, and their values. Input 0 is the bias. */
  record Sparse(int[] index, double[] value) {}

  double[][] weights() {
    return weights;
  }

  /** Each section's score (log-odds up to a constant). */
  double[] scores(Sparse x) {
    int k = weights[0].length;
    double[] s = new double[k];
    for (int j = 0; j < x.index().length; j++) {
      double[] w = weights[x.index()[j]];
      double v = x.value()[j];
      for (int c = 0; c < k; c++) {
        s[c] += v * w[c];
      }
    }
    return s;
  }

  /**
   * Fits the weights.
   *
   * @param x one input vector per item
   * @param d the number of inputs
   * @param y each item's section number
   * @param sampleWeight how much each item counts
   * @param k the number of sections
   * @param l2 the penalty on the squared weights (not on the bias, input 0)
   */
  static SoftmaxRegression fit(Sparse[] x, int d, int[] y, double[] sampleWeight, int k, double l2) {
    return fit(x, d, y, sampleWeight, k, l2, EPOCHS);
  }

  /** Fits the weights in {@code epochs} steps. */
  static SoftmaxRegression fit(Sparse[] x, int d, int[] y, double[] sampleWeight, int k, double l2, int epochs) {
    double[][] w = new double[d][k];
    double[][] m = new double[d][k];
    double[][] v = new double[d][k];
    double total = 0;
    for (double sw : sampleWeight) {
      total += sw;
    }
    SoftmaxRegression model = new SoftmaxRegression(w);
    double[][] grad = new double[d][k];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (double[] g : grad) {
        java.util.Arrays.fill(g, 0);
      }
      for (int i = 0; i < x.length; i++) {
        double[] p = softmax(model.scores(x[i]), 1);
        for (int c = 0; c < k; c++) {
          p[c] = (p[c] - (y[i] == c ? 1 : 0)) * sampleWeight[i] / total;
        }
        int[] index = x[i].index();
        double[] value = x[i].value();
        for (int j = 0; j < index.length; j++) {
          double[] g = grad[index[j]];
          for (int c = 0; c < k; c++) {
            g[c] += p[c] * value[j];
          }
        }
      }
      double b1 = 1 - Math.pow(0.9, epoch);
      double b2 = 1 - Math.pow(0.999, epoch);
      for (int f = 0; f < d; f++) {
        for (int c = 0; c < k; c++) {
          double g = grad[f][c] + (f == 0 ? 0 : l2 * w[f][c]);
          m[f][c] = 0.9 * m[f][c] + 0.1 * g;
          v[f][c] = 0.999 * v[f][c] + 0.001 * g * g;
          w[f][c] -= RATE * (m[f][c] / b1) / (Math.sqrt(v[f][c] / b2) + 1e-8);
        }
      }
    }
    return model;
  }

  /** Softmax of {@code scores} divided by {@code temperature}. */
  static double[] softmax(double[] scores, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = Math.exp((scores[i] - max) / temperature);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}

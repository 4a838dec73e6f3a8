package bulletin.classifier.model;

/**
 * Multinomial logistic regression: one weight per input and section, fitted by full-batch gradient
 * descent (Adam) with an L2 penalty. Deterministic: the same items give the same weights.
 */
final class SoftmaxRegression {
  static final int EPOCHS = 400;
  static final double RATE = 0.05;

  private final double[][] weights;

  SoftmaxRegression(double[][] weights) {
    this.weights = weights;
  }

  double[][] weights() {
    return weights;
  }

  /** Each section's score (log-odds up to a constant). */
  double[] scores(double[] x) {
    int k = weights[0].length;
    double[] s = new double[k];
    for (int f = 0; f < x.length; f++) {
      if (x[f] != 0) {
        double[] w = weights[f];
        for (int c = 0; c < k; c++) {
          s[c] += x[f] * w[c];
        }
      }
    }
    return s;
  }

  /**
   * Fits the weights.
   *
   * @param x one input vector per item
   * @param y each item's section number
   * @param sampleWeight how much each item counts
   * @param k the number of sections
   * @param l2 the penalty on the squared weights
   */
  static SoftmaxRegression fit(double[][] x, int[] y, double[] sampleWeight, int k, double l2) {
    int d = x[0].length;
    double[][] w = new double[d][k];
    double[][] m = new double[d][k];
    double[][] v = new double[d][k];
    double total = 0;
    for (double sw : sampleWeight) {
      total += sw;
    }
    SoftmaxRegression model = new SoftmaxRegression(w);
    int[][] nonZero = new int[x.length][];
    for (int i = 0; i < x.length; i++) {
      int n = 0;
      int[] nz = new int[d];
      for (int f = 0; f < d; f++) {
        if (x[i][f] != 0) {
          nz[n++] = f;
        }
      }
      nonZero[i] = java.util.Arrays.copyOf(nz, n);
    }
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      double[][] grad = new double[d][k];
      for (int i = 0; i < x.length; i++) {
        double[] s = new double[k];
        for (int f : nonZero[i]) {
          for (int c = 0; c < k; c++) {
            s[c] += x[i][f] * w[f][c];
          }
        }
        double[] p = softmax(s, 1);
        for (int c = 0; c < k; c++) {
          double g = (p[c] - (y[i] == c ? 1 : 0)) * sampleWeight[i] / total;
          for (int f : nonZero[i]) {
            grad[f][c] += g * x[i][f];
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

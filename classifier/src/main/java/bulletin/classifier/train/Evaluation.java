package bulletin.classifier.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 per label, macro-F1, accuracy, the confusion matrix of one run, and how
 * well its confidences are calibrated (a reliability table and the expected calibration error).
 */
public final class Evaluation {
  /** Confidence bins of the reliability table, each this wide. */
  static final double BIN = 0.1;

  private final List<String> labels;
  private final int[][] confusion;
  private final List<double[]> confidences = new ArrayList<>();

  public Evaluation(List<String> labels) {
    this.labels = List.copyOf(labels);
    this.confusion = new int[labels.size()][labels.size()];
  }

  /** Counts one item: its gold label and the predicted one. */
  public void add(String gold, String predicted) {
    confusion[labels.indexOf(gold)][labels.indexOf(predicted)]++;
  }

  /** Counts one item with the confidence of its prediction. */
  public void add(String gold, String predicted, double confidence) {
    add(gold, predicted);
    confidences.add(new double[] {confidence, gold.equals(predicted) ? 1 : 0});
  }

  /** How many items were counted. */
  public int size() {
    int all = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        all += v;
      }
    }
    return all;
  }

  /**
   * The expected calibration error: over bins of confidence 0.1 wide, the gap between the mean
   * confidence and the share right, weighted by the bin's items.
   */
  public double ece() {
    double sum = 0;
    for (double[] b : bins()) {
      if (b[0] > 0) {
        sum += Math.abs(b[1] - b[2]);
      }
    }
    return confidences.isEmpty() ? 0 : sum / confidences.size();
  }

  /** Per bin: items, sum of confidences, items right. */
  private double[][] bins() {
    int n = (int) Math.round(1 / BIN);
    double[][] bins = new double[n][3];
    for (double[] c : confidences) {
      int b = Math.min(n - 1, (int) (c[0] / BIN));
      bins[b][0]++;
      bins[b][1] += c[0];
      bins[b][2] += c[1];
    }
    return bins;
  }

  /** The reliability table: per confidence bin, its items, mean confidence and share right. */
  public String reliability() {
    StringBuilder out = new StringBuilder("reliability (confidence bin: items, mean confidence, share right)\n");
    double[][] all = bins();
    for (int b = 0; b < all.length; b++) {
      if (all[b][0] > 0) {
        out.append(String.format("  %.1f–%.1f %5d %8.3f %8.3f%n", b * BIN, (b + 1) * BIN, (int) all[b][0],
            all[b][1] / all[b][0], all[b][2] / all[b][0]));
      }
    }
    out.append(String.format("ECE %.3f%n", ece()));
    return out.toString();
  }

  public double precision(String label) {
    int c = labels.indexOf(label);
    int predicted = 0;
    for (int[] row : confusion) {
      predicted += row[c];
    }
    return predicted == 0 ? 0 : confusion[c][c] / (double) predicted;
  }

  public double recall(String label) {
    int c = labels.indexOf(label);
    int gold = 0;
    for (int v : confusion[c]) {
      gold += v;
    }
    return gold == 0 ? 0 : confusion[c][c] / (double) gold;
  }

  public double f1(String label) {
    double p = precision(label);
    double r = recall(label);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The mean F1 over the labels that occur, as gold or as prediction: a label absent from both says nothing. */
  public double macroF1() {
    return labels.stream().filter(this::occurs).mapToDouble(this::f1).average().orElse(0);
  }

  private boolean occurs(String label) {
    int c = labels.indexOf(label);
    int seen = 0;
    for (int i = 0; i < labels.size(); i++) {
      seen += confusion[c][i] + confusion[i][c];
    }
    return seen > 0;
  }

  public double accuracy() {
    int right = 0;
    int all = 0;
    for (int i = 0; i < labels.size(); i++) {
      for (int j = 0; j < labels.size(); j++) {
        all += confusion[i][j];
        right += i == j ? confusion[i][j] : 0;
      }
    }
    return all == 0 ? 0 : right / (double) all;
  }

  /** F1 of every label that occurs, in label order. */
  public Map<String, Double> f1s() {
    Map<String, Double> m = new LinkedHashMap<>();
    labels.stream().filter(this::occurs).forEach(l -> m.put(l, f1(l)));
    return m;
  }

  /** The report `classifier eval` prints: per-label metrics, then the confusion matrix. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-8s %9s %9s %9s %6s%n", "section", "precision", "recall", "F1", "items"));
    for (String l : labels) {
      int c = labels.indexOf(l);
      int gold = 0;
      for (int v : confusion[c]) {
        gold += v;
      }
      out.append(String.format("%s %9.3f %9.3f %9.3f %6d%n", pad(l), precision(l), recall(l), f1(l), gold));
    }
    out.append(String.format("macro-F1 %.3f, accuracy %.3f%n%n", macroF1(), accuracy()));
    out.append("confusion (rows: gold, columns: predicted)\n");
    List<String> head = new ArrayList<>();
    labels.forEach(l -> head.add(l.substring(0, Math.min(2, l.length()))));
    out.append(pad("")).append(' ');
    head.forEach(h -> out.append(String.format("%5s", h)));
    out.append('\n');
    for (int i = 0; i < labels.size(); i++) {
      out.append(pad(labels.get(i))).append(' ');
      for (int j = 0; j < labels.size(); j++) {
        out.append(String.format("%6d", confusion[i][j]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Pads a label to eight display columns (a Chinese character takes two). */
  private static String pad(String s) {
    int w = s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    return s + " ".repeat(Math.max(0, 8 - w));
  }
}

package bulletin.classifier.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Precision, recall and F1 per label, macro-F1, accuracy and the confusion matrix of one run. */
public final class Evaluation {
  private final List<String> labels;
  private final int[][] confusion;

  public Evaluation(List<String> labels) {
    this.labels = List.copyOf(labels);
    this.confusion = new int[labels.size()][labels.size()];
  }

  /** Counts one item: its gold label and the predicted one. */
  public void add(String gold, String predicted) {
    confusion[labels.indexOf(gold)][labels.indexOf(predicted)]++;
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

  public double macroF1() {
    return labels.stream().mapToDouble(this::f1).average().orElse(0);
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

  /** F1 of every label, in label order. */
  public Map<String, Double> f1s() {
    Map<String, Double> m = new LinkedHashMap<>();
    labels.forEach(l -> m.put(l, f1(l)));
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
    int w = s.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
    return s + " ".repeat(Math.max(0, 8 - w));
  }
}

package bulletin.classifier.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multinomial naive Bayes over weighted features, with add-α smoothing. Counts can be added while
 * it is in use (editors' examples), under a lock.
 */
public final class NaiveBayes {
  static final double ALPHA = 0.5;

  private final List<String> labels;
  private final Map<String, double[]> counts;
  private final double[] totals;
  private final double[] documents;

  public NaiveBayes(List<String> labels) {
    this(labels, new HashMap<>(), new double[labels.size()], new double[labels.size()]);
  }

  private NaiveBayes(List<String> labels, Map<String, double[]> counts, double[] totals, double[] documents) {
    this.labels = List.copyOf(labels);
    this.counts = counts;
    this.totals = totals;
    this.documents = documents;
  }

  public List<String> labels() {
    return labels;
  }

  /** Adds one document of class {@code label}, its features counted {@code weight} times. */
  public synchronized void add(String label, Map<String, Integer> features, double weight) {
    int c = index(label);
    documents[c] += weight;
    for (var f : features.entrySet()) {
      counts.computeIfAbsent(f.getKey(), k -> new double[labels.size()])[c] += f.getValue() * weight;
      totals[c] += f.getValue() * weight;
    }
  }

  /** Log P(class) + Σ log P(feature | class) for each class, over the features the model knows. */
  public synchronized double[] logJoint(Map<String, Integer> features) {
    int k = labels.size();
    double docs = 0;
    for (double d : documents) {
      docs += d;
    }
    double vocabulary = counts.size();
    double[] out = new double[k];
    for (int c = 0; c < k; c++) {
      out[c] = Math.log((documents[c] + 1) / (docs + k));
    }
    for (var f : features.entrySet()) {
      double[] fc = counts.get(f.getKey());
      if (fc == null) {
        continue;
      }
      for (int c = 0; c < k; c++) {
        out[c] += f.getValue() * Math.log((fc[c] + ALPHA) / (totals[c] + ALPHA * vocabulary));
      }
    }
    return out;
  }

  /** How much a feature favours class {@code a} over {@code b}, per occurrence, in nats. */
  public synchronized double lean(String feature, int a, int b) {
    double[] fc = counts.get(feature);
    if (fc == null) {
      return 0;
    }
    double v = counts.size();
    return Math.log((fc[a] + ALPHA) / (totals[a] + ALPHA * v)) - Math.log((fc[b] + ALPHA) / (totals[b] + ALPHA * v));
  }

  public int index(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("label '" + label + "' is not one of " + labels);
    }
    return i;
  }

  /** Writes the model as text: a header of labels and document counts, then one feature a line. */
  public synchronized void write(Writer out) throws IOException {
    out.write("labels\t" + String.join("\t", labels) + "\n");
    out.write("documents\t" + join(documents) + "\n");
    for (var e : new TreeMap<>(counts).entrySet()) {
      out.write(e.getKey() + "\t" + join(e.getValue()) + "\n");
    }
  }

  /** Reads what {@link #write} wrote. */
  public static NaiveBayes read(BufferedReader in) throws IOException {
    String[] header = in.readLine().split("\t");
    List<String> labels = List.of(header).subList(1, header.length);
    double[] documents = parse(in.readLine().split("\t"), labels.size(), "documents");
    Map<String, double[]> counts = new HashMap<>();
    double[] totals = new double[labels.size()];
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] parts = line.split("\t");
      double[] c = parse(parts, labels.size(), parts[0]);
      counts.put(parts[0], c);
      for (int i = 0; i < c.length; i++) {
        totals[i] += c[i];
      }
    }
    return new NaiveBayes(labels, counts, totals, documents);
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

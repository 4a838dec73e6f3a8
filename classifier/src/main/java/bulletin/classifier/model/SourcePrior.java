package bulletin.classifier.model;

import bulletin.common.record.SourceLevel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** P(section | source level), learned from labelled items with add-one smoothing. */
public final class SourcePrior {
  private final List<String> labels;
  private final Map<SourceLevel, double[]> counts = new EnumMap<>(SourceLevel.class);

  public SourcePrior(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  public void add(SourceLevel level, int label) {
    if (level != null) {
      counts.computeIfAbsent(level, l -> new double[labels.size()])[label]++;
    }
  }

  /** log P(label | level) for every label; all equal when the level is unknown. */
  public double[] log(SourceLevel level) {
    double[] c = level == null ? null : counts.get(level);
    double[] out = new double[labels.size()];
    double total = labels.size();
    if (c != null) {
      for (double v : c) {
        total += v;
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.log(((c == null ? 0 : c[i]) + 1) / total);
    }
    return out;
  }

  Map<SourceLevel, double[]> counts() {
    return counts;
  }

  void set(SourceLevel level, double[] values) {
    counts.put(level, values.clone());
  }
}

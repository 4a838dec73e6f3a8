package bulletin.classifier.model;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The section model: three signals added in log space and turned into probabilities. The source's
 * prior (P(section | level), and the column's section hint through the rules), the profile's rules,
 * and a naive Bayes model over character n-grams of the title (weighted) and text. Editors' moves
 * are learned as they happen: as weighted training examples, and as remembered corrections that
 * decide for items with a near-identical title.
 */
public final class SectionModel {
  /** The bundled model, trained from {@code classifier/corpus/train.jsonl}. */
  public static final String RESOURCE = "bulletin/section-model.tsv";
  /** Below this probability the verdict asks an editor to look. */
  public static final double LOW_CONFIDENCE = 0.5;
  /** One editor's move counts as this many corpus items. */
  static final double EDITOR_WEIGHT = 5;

  /** How much each signal counts. */
  public record Weights(double nb, double prior, double rules) {}

  private final List<String> labels;
  private final NaiveBayes nb;
  private final SourcePrior prior;
  private final SectionRules rules;
  private final EditorMemory memory = new EditorMemory();
  private final Weights weights;
  private final String version;

  public SectionModel(BulletinProfile profile, NaiveBayes nb, SourcePrior prior, Weights weights, String version) {
    this.labels = labelsOf(profile);
    if (!labels.equals(nb.labels())) {
      throw new IllegalArgumentException("the model was trained for sections " + nb.labels()
          + " but the profile has " + labels + ": retrain it with `classifier train`");
    }
    this.nb = nb;
    this.prior = prior;
    this.rules = new SectionRules(profile);
    this.weights = weights;
    this.version = version;
  }

  /** The profile's section titles, then {@link SectionRules#OFF_TOPIC}. */
  public static List<String> labelsOf(BulletinProfile profile) {
    List<String> l = new ArrayList<>(profile.sections().stream().map(Section::title).toList());
    l.add(SectionRules.OFF_TOPIC);
    return List.copyOf(l);
  }

  /** Trains a model from labelled items. */
  public static SectionModel train(BulletinProfile profile, List<LabelledExample> items, Weights weights,
      String version) {
    List<String> labels = labelsOf(profile);
    NaiveBayes nb = new NaiveBayes(labels);
    SourcePrior prior = new SourcePrior(labels);
    for (LabelledExample e : items) {
      String label = e.section() == null ? SectionRules.OFF_TOPIC : e.section();
      nb.add(label, Ngrams.of(e.title(), e.text()), 1);
      prior.add(e.sourceLevel(), nb.index(label));
    }
    return new SectionModel(profile, nb, prior, weights, version);
  }

  public String version() {
    return version;
  }

  public Weights weights() {
    return weights;
  }

  /** The verdict of all three signals and the editors' corrections. */
  public Verdict classify(Item item) {
    return classify(item, weights, true);
  }

  /** The verdict with other weights, or without the editors' corrections (baselines, tuning). */
  public Verdict classify(Item item, Weights w, boolean useCorrections) {
    Ngrams.Bag features = Ngrams.of(item.title(), item.text());
    double n = Math.max(1, features.total());
    NaiveBayes.Scored scored = nb.score(features);
    double[] nbScores = scored.logJoint();
    double[] priorScores = prior.log(item.sourceLevel());
    Verdict ruled = rules.classify(item);
    double[] total = new double[labels.size()];
    for (int c = 0; c < labels.size(); c++) {
      total[c] = w.nb() * nbScores[c] / Math.sqrt(n) + w.prior() * priorScores[c]
          + w.rules() * ruled.scores().getOrDefault(labels.get(c), 0.0);
    }
    double[] p = softmax(total);
    int best = argmax(p);
    int second = argmax(p, best);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int c = 0; c < labels.size(); c++) {
      scores.put(labels.get(c), round(p[c]));
    }
    List<String> reasons = new ArrayList<>();
    String section = labels.get(best).equals(SectionRules.OFF_TOPIC) ? null : labels.get(best);
    double confidence = p[best];
    Optional<EditorMemory.Match> corrected = useCorrections ? memory.closest(item.title()) : Optional.empty();
    if (corrected.isPresent()) {
      EditorMemory.Remembered r = corrected.get().example();
      section = r.section();
      confidence = Math.max(confidence, corrected.get().similarity());
      reasons.add("编辑" + r.by() + "曾将相似条目“" + r.title() + "”归入" + (r.section() == null ? "无关" : "【" + r.section() + "】")
          + "（相似度 " + round(corrected.get().similarity()) + "）");
    }
    reasons.add("模型：" + describe(scored, best, second));
    if (item.sourceLevel() != null && w.prior() > 0) {
      reasons.add("来源级别 " + item.sourceLevel().wireName() + "：" + labels.get(best) + " 先验 "
          + round(Math.exp(priorScores[best])));
    }
    String winner = labels.get(best);
    ruled.reasons().stream()
        .filter(r -> r.contains("【" + winner + "】") || r.contains("不属本刊") || r.contains("没有科技"))
        .limit(4)
        .forEach(reasons::add);
    if (confidence < LOW_CONFIDENCE) {
      reasons.add(0, "置信度低（" + round(confidence) + "），请编辑确认；次选 " + labels.get(second));
    }
    return new Verdict(section, round(confidence), scores, reasons, version);
  }

  /** Learns an editor's correction at once: no restart, no retraining. */
  public void learn(LabelledExample e) {
    String label = e.section() == null ? SectionRules.OFF_TOPIC : e.section();
    nb.add(label, Ngrams.of(e.title(), e.text()), EDITOR_WEIGHT);
    memory.remember(e.itemId() == null ? e.title() : e.itemId(), e.title(), e.section(), e.by() == null ? "" : e.by());
  }

  /** How many corrections the model has learned since it was loaded. */
  public int corrections() {
    return memory.size();
  }

  /** The n-grams that pulled most towards the winner over the runner-up. */
  private String describe(NaiveBayes.Scored scored, int best, int second) {
    // The three strongest, without sorting them all: a bounded queue whose head is the weakest kept.
    Ngrams.Bag features = scored.document();
    double[] leanings = nb.leanings(scored, best, second);
    Comparator<Map.Entry<String, Double>> stronger = Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
    java.util.PriorityQueue<Map.Entry<String, Double>> kept = new java.util.PriorityQueue<>(4, stronger);
    for (int i = 0; i < features.size(); i++) {
      double lean = features.counts()[i] * leanings[i];
      if (lean > 0 && (kept.size() < 3 || lean >= kept.peek().getValue())) {
        kept.add(Map.entry(features.text(i), lean));
        if (kept.size() > 3) {
          kept.poll();
        }
      }
    }
    List<Map.Entry<String, Double>> top = new ArrayList<>(kept);
    top.sort(stronger.reversed());
    String named = top.stream().map(f -> "“" + f.getKey() + "”").collect(java.util.stream.Collectors.joining());
    return (top.isEmpty() ? "无明显特征" : named) + " 指向" + (labels.get(best).equals(SectionRules.OFF_TOPIC)
        ? "无关" : "【" + labels.get(best) + "】") + "而非" + labels.get(second);
  }

  /** Writes the model: its version, weights, source prior, then the naive Bayes counts. */
  public void write(Writer out) throws IOException {
    out.write("version\t" + version + "\n");
    out.write("weights\t" + weights.nb() + "\t" + weights.prior() + "\t" + weights.rules() + "\n");
    for (SourceLevel level : SourceLevel.values()) {
      double[] c = prior.counts().get(level);
      if (c != null) {
        StringBuilder line = new StringBuilder("prior\t" + level.wireName());
        for (double v : c) {
          line.append('\t').append((long) v);
        }
        out.write(line + "\n");
      }
    }
    out.write("nb\n");
    nb.write(out);
  }

  /** Reads a model written by {@link #write}, for {@code profile}. */
  public static SectionModel read(BulletinProfile profile, BufferedReader in) throws IOException {
    String version = field(in.readLine(), "version")[1];
    String[] w = field(in.readLine(), "weights");
    Weights weights = new Weights(Double.parseDouble(w[1]), Double.parseDouble(w[2]), Double.parseDouble(w[3]));
    List<String[]> priors = new ArrayList<>();
    for (String line = in.readLine(); !"nb".equals(line); line = in.readLine()) {
      if (line == null) {
        throw new IOException("the model file ends before its naive Bayes counts");
      }
      priors.add(field(line, "prior"));
    }
    NaiveBayes nb = NaiveBayes.read(in);
    SourcePrior prior = new SourcePrior(nb.labels());
    for (String[] p : priors) {
      prior.set(SourceLevel.parse(p[1]), Stream.of(p).skip(2).mapToDouble(Double::parseDouble).toArray());
    }
    return new SectionModel(profile, nb, prior, weights, version);
  }

  /** The bundled model, or the one in {@code file}. */
  public static SectionModel load(BulletinProfile profile, Optional<Path> file) {
    try {
      if (file.isPresent()) {
        try (BufferedReader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
          return read(profile, in);
        }
      }
      try (InputStream raw = SectionModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException(RESOURCE + " is not on the classpath: run `classifier train`");
        }
        return read(profile, new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new IllegalStateException("the section model " + file.map(Path::toString).orElse(RESOURCE)
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String[] field(String line, String name) throws IOException {
    if (line == null || !line.startsWith(name + "\t")) {
      throw new IOException("expected a '" + name + "' line, found '" + line + "'");
    }
    return line.split("\t");
  }

  private static double[] softmax(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.exp(x[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < x.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  private static int argmax(double[] x) {
    return argmax(x, -1);
  }

  private static int argmax(double[] x, int except) {
    int best = -1;
    for (int i = 0; i < x.length; i++) {
      if (i != except && (best < 0 || x[i] > x[best])) {
        best = i;
      }
    }
    return best;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

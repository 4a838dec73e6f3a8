package bulletin.classifier.model;

import bulletin.classifier.cue.Cues;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import bulletin.common.record.LabelledExample;
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
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The section model. It reads the two facts that decide most sections, whose news an item is and
 * what kind of news it is ({@link Cues}), and a naive Bayes model over character n-grams, then a
 * logistic regression learned on labelled real items combines them into a probability for each
 * section. The probabilities are calibrated (one temperature fitted on held-out predictions), so a
 * verdict at 0.8 is right about 80 % of the time and the unsure flag marks the likely errors.
 * Editors' corrections are learned as they happen, as n-gram training examples that count like a
 * labelled item; each can be undone.
 */
public final class SectionModel {
  /** The bundled model, trained from {@code classifier/corpus/train.jsonl}. */
  public static final String RESOURCE = "bulletin/section-model.tsv.gz";
  /**
   * How much a source's column hint (the section its feed adder says the column usually feeds) adds
   * to that section's log-odds. Set, not learned: the labelled items come from many sites, not
   * from configured columns, so they carry no hints to learn its weight from.
   */
  public static final double HINT = 1.5;
  /** Below this probability the verdict asks an editor to look. */
  public static final double LOW_CONFIDENCE = 0.6;

  private final BulletinProfile profile;
  private final List<String> labels;
  private final NaiveBayes nb;
  private final Features features;
  private final SoftmaxRegression regression;
  private final double temperature;
  private final String version;
  private final Map<String, Learned> corrections = new ConcurrentHashMap<>();

  private record Learned(Correction correction, String label, Ngrams.Bag bag) {}

  SectionModel(BulletinProfile profile, NaiveBayes nb, SoftmaxRegression regression, double temperature,
      String version) {
    this.profile = profile;
    this.labels = labelsOf(profile);
    if (!labels.equals(nb.labels())) {
      throw new IllegalArgumentException("the model was trained for sections " + nb.labels()
          + " but the profile has " + labels + ": retrain it with `classifier train`");
    }
    this.nb = nb;
    this.features = new Features(labels);
    this.regression = regression;
    this.temperature = temperature;
    this.version = version;
  }

  /** The profile's section titles, then {@link SectionRules#OFF_TOPIC}. */
  public static List<String> labelsOf(BulletinProfile profile) {
    List<String> l = new ArrayList<>(profile.sections().stream().map(Section::title).toList());
    l.add(SectionRules.OFF_TOPIC);
    return List.copyOf(l);
  }

  public String version() {
    return version;
  }

  public double temperature() {
    return temperature;
  }

  /** The verdict: calibrated probabilities, the two facts, and what decided. */
  public Verdict classify(Item item) {
    Cues cues = cuesOf(item);
    NaiveBayes.Scored scored = nb.score(bagOf(item.title(), item.text()));
    double[] x = inputs(item, cues, scored);
    double[] logits = regression.scores(x);
    int hinted = item.sectionHint() == null ? -1 : labels.indexOf(item.sectionHint());
    if (hinted >= 0) {
      logits[hinted] += HINT * temperature;
    }
    double[] p = SoftmaxRegression.softmax(logits, temperature);
    int best = argmax(p, -1);
    int second = argmax(p, best);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int c = 0; c < labels.size(); c++) {
      scores.put(labels.get(c), round(p[c]));
    }
    List<String> reasons = new ArrayList<>(cues.reasons());
    if (hinted >= 0) {
      reasons.add("栏目：来源栏目通常供稿【" + labels.get(hinted) + "】(+" + HINT + ")");
    }
    reasons.add("模型：" + describe(scored, best, second));
    reasons.add("依据：" + deciding(x, best, second));
    if (p[best] < LOW_CONFIDENCE) {
      reasons.add(0, "置信度低（" + round(p[best]) + "），请编辑确认；次选 " + labels.get(second));
    }
    String section = labels.get(best).equals(SectionRules.OFF_TOPIC) ? null : labels.get(best);
    return new Verdict(section, round(p[best]), scores, reasons, version);
  }

  /** The n-gram model's verdict alone (a baseline). */
  public String ngramsOnly(Item item) {
    double[] p = nbProbabilities(nb.score(bagOf(item.title(), item.text())));
    String l = labels.get(argmax(p, -1));
    return l.equals(SectionRules.OFF_TOPIC) ? null : l;
  }

  /** The n-grams of an item. */
  static Ngrams.Bag bagOf(String title, String text) {
    return Ngrams.of(title, text == null ? "" : text);
  }

  static Cues cuesOf(Item item) {
    return Cues.of(item.title(), item.text(), item.url(), item.sourceLevel());
  }

  /** The regression's inputs for an item, with the n-gram model's verdict {@code scored}. */
  double[] inputs(Item item, Cues cues, NaiveBayes.Scored scored) {
    double[] logP = nbProbabilities(scored);
    for (int c = 0; c < logP.length; c++) {
      logP[c] = Math.max(-10, Math.log(logP[c]));
    }
    String lead = item.text().length() > 200 ? item.text().substring(0, 200) : item.text();
    Features.Topicality topicality = new Features.Topicality(
        profile.topicKeywords().stream().anyMatch(item.title()::contains),
        profile.topicKeywords().stream().anyMatch(lead::contains),
        profile.offTopicKeywords().stream().anyMatch(item.title()::contains));
    return features.of(cues, item.sourceLevel(), topicality, item.text().isBlank(), logP);
  }

  /**
   * The n-gram model's probabilities from its log-likelihoods per n-gram: naive Bayes counts every
   * n-gram as independent evidence, so the raw sums are far too sure of themselves on long texts.
   */
  static double[] nbProbabilities(NaiveBayes.Scored scored) {
    double n = Math.max(1, scored.document().total());
    double[] s = scored.logJoint().clone();
    for (int c = 0; c < s.length; c++) {
      s[c] /= n;
    }
    return SoftmaxRegression.softmax(s, 1);
  }

  /** Learns an editor's correction at once, as one more labelled item; a newer one for the same item replaces it. */
  public void learn(LabelledExample e) {
    String id = e.itemId() == null ? e.title() : e.itemId();
    String label = e.section() == null ? SectionRules.OFF_TOPIC : e.section();
    Ngrams.Bag bag = bagOf(e.title(), e.text());
    Learned learned = new Learned(new Correction(id, e.title(), e.section(), e.by(), e.at()), label, bag);
    Learned before = corrections.put(id, learned);
    if (before != null) {
      nb.add(before.label(), before.bag(), -1);
    }
    nb.add(label, bag, 1);
  }

  /** Undoes the correction of {@code itemId}; false when there is none. */
  public boolean forget(String itemId) {
    Learned before = corrections.remove(itemId);
    if (before != null) {
      nb.add(before.label(), before.bag(), -1);
    }
    return before != null;
  }

  /** The corrections learned since the model was loaded. */
  public List<Correction> corrections() {
    return corrections.values().stream().map(Learned::correction)
        .sorted(Comparator.comparing(Correction::itemId)).toList();
  }

  /** The n-grams that pulled most towards the winner over the runner-up. */
  private String describe(NaiveBayes.Scored scored, int best, int second) {
    Ngrams.Bag document = scored.document();
    double[] leanings = nb.leanings(scored, best, second);
    Comparator<Map.Entry<String, Double>> stronger = Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
    PriorityQueue<Map.Entry<String, Double>> kept = new PriorityQueue<>(4, stronger);
    for (int i = 0; i < document.size(); i++) {
      double lean = document.counts()[i] * leanings[i];
      if (lean > 0 && (kept.size() < 3 || lean >= kept.peek().getValue())) {
        kept.add(Map.entry(document.text(i), lean));
        if (kept.size() > 3) {
          kept.poll();
        }
      }
    }
    List<Map.Entry<String, Double>> top = new ArrayList<>(kept);
    top.sort(stronger.reversed());
    String named = top.stream().map(f -> "“" + f.getKey() + "”").collect(Collectors.joining());
    return (top.isEmpty() ? "无明显特征" : named) + " 指向" + section(best) + "而非" + labels.get(second);
  }

  /** The three inputs that weighed most for the winner against the runner-up. */
  private String deciding(double[] x, int best, int second) {
    double[][] w = regression.weights();
    List<Map.Entry<String, Double>> pulls = new ArrayList<>();
    for (int f = 1; f < x.length; f++) {
      if (x[f] != 0 && !features.name(f).startsWith("模型=")) {
        pulls.add(Map.entry(features.name(f), x[f] * (w[f][best] - w[f][second])));
      }
    }
    pulls.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    return pulls.stream().limit(3).filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + "(+" + round(e.getValue()) + ")").collect(Collectors.joining("，"))
        + " → " + section(best);
  }

  private String section(int c) {
    return labels.get(c).equals(SectionRules.OFF_TOPIC) ? "无关" : "【" + labels.get(c) + "】";
  }

  /** Writes the model: version, temperature, the regression's weights by input name, then the n-gram counts. */
  public void write(Writer out) throws IOException {
    out.write("version\t" + version + "\n");
    out.write("temperature\t" + temperature + "\n");
    double[][] w = regression.weights();
    out.write("inputs\t" + w.length + "\n");
    for (int f = 0; f < w.length; f++) {
      StringBuilder line = new StringBuilder("w\t").append(features.name(f));
      for (double v : w[f]) {
        line.append('\t').append(Math.round(v * 1e6) / 1e6);
      }
      out.write(line.append('\n').toString());
    }
    out.write("nb\n");
    nb.write(out);
  }

  /** Reads a model written by {@link #write}, for {@code profile}. */
  public static SectionModel read(BulletinProfile profile, BufferedReader in) throws IOException {
    String version = field(in.readLine(), "version")[1];
    double temperature = Double.parseDouble(field(in.readLine(), "temperature")[1]);
    int d = Integer.parseInt(field(in.readLine(), "inputs")[1]);
    Features expected = new Features(labelsOf(profile));
    if (d != expected.size()) {
      throw new IOException("the model has " + d + " inputs, this classifier reads " + expected.size()
          + ": retrain it with `classifier train`");
    }
    double[][] w = new double[d][];
    for (int f = 0; f < d; f++) {
      String[] parts = field(in.readLine(), "w");
      if (!parts[1].equals(expected.name(f))) {
        throw new IOException("the model's input " + f + " is '" + parts[1] + "', this classifier reads '"
            + expected.name(f) + "': retrain it with `classifier train`");
      }
      w[f] = new double[parts.length - 2];
      for (int c = 0; c < w[f].length; c++) {
        w[f][c] = Double.parseDouble(parts[c + 2]);
      }
    }
    if (!"nb".equals(in.readLine())) {
      throw new IOException("expected the line 'nb' before the n-gram counts");
    }
    return new SectionModel(profile, NaiveBayes.read(in), new SoftmaxRegression(w), temperature, version);
  }

  /** The bundled model, or the one in {@code file}. */
  public static SectionModel load(BulletinProfile profile, Optional<Path> file) {
    try {
      if (file.isPresent()) {
        try (InputStream raw = Files.newInputStream(file.get())) {
          return read(profile, reader(raw, file.get().toString()));
        }
      }
      try (InputStream raw = SectionModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException(RESOURCE + " is not on the classpath: run `classifier train`");
        }
        return read(profile, reader(raw, RESOURCE));
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the section model " + file.map(Path::toString).orElse(RESOURCE)
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** A model file's text, gunzipped when its name ends in .gz. */
  private static BufferedReader reader(InputStream raw, String name) throws IOException {
    InputStream in = name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Writes the model to {@code file}, gzipped when its name ends in .gz (deterministic: no time stamp). */
  public void write(Path file) throws IOException {
    try (java.io.OutputStream raw = Files.newOutputStream(file);
        java.io.OutputStream out = file.toString().endsWith(".gz") ? new java.util.zip.GZIPOutputStream(raw) : raw;
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  private static String[] field(String line, String name) throws IOException {
    if (line == null || !line.startsWith(name + "\t")) {
      throw new IOException("expected a '" + name + "' line, found '" + line + "'");
    }
    return line.split("\t");
  }

  static int argmax(double[] x, int except) {
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

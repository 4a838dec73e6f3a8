package bulletin.classifier.model;

import bulletin.classifier.cue.Cues;
import bulletin.classifier.cue.Locus;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The section model. It reads the two facts that decide most sections, whose news an item is and
 * what kind of news it is ({@link Cues}), then a logistic regression learned on labelled real items
 * weighs them together with the item's character n-grams ({@link Vocabulary}), the beliefs of a
 * naive Bayes model over the same n-grams, and the item's meaning ({@link Meaning}: a sentence
 * embedding, which knows two wordings of one kind of news alike), into a probability for each
 * section. The probabilities are calibrated (one temperature fitted on held-out predictions), so a
 * verdict at 0.8 is right about 80 % of the time and the unsure flag marks the likely errors.
 * Editors' corrections are learned as they happen, as n-gram training examples that count like a
 * labelled item; each can be undone.
 */
public final class SectionModel {
  /** The bundled model, trained from {@code classifier/corpus/train.jsonl}, {@code train-3.jsonl} and {@code train-4.jsonl}. */
  public static final String RESOURCE = "bulletin/section-model.tsv.gz";
  /**
   * How much a source's column hint (the section its feed adder says the column usually feeds) adds
   * to that section's log-odds. Set, not learned: the labelled items come from many sites, not
   * from configured columns, so they carry no hints to learn its weight from.
   */
  public static final double HINT = 1.5;
  /**
   * The section of the Ordos bureau's own news (the labelling policy: 部门动态 only for the bureau
   * itself). An item that names neither the bureau nor Ordos cannot go there, however much its
   * words look like a bureau's meeting: other bureaus' activities go to 他山之石 or 科技兴蒙.
   */
  public static final String BUREAU_SECTION = "部门动态";
  /**
   * The section of the national leadership on science and technology (the labelling policy). An item
   * whose kind is non-S&T business (a diplomatic exchange, a condolence) cannot go there, however
   * much it names the leadership.
   */
  public static final String LEADERSHIP_SECTION = "高层声音";
  /** Below this probability the verdict asks an editor to look. */
  public static final double LOW_CONFIDENCE = 0.6;

  private final BulletinProfile profile;
  private final List<String> labels;
  private final NaiveBayes nb;
  private final Features features;
  private final Vocabulary vocabulary;
  private final SoftmaxRegression regression;
  private final double temperature;
  private final String version;
  /** Whether the n-gram model numbers the vocabulary's n-grams as the vocabulary does (see {@link NaiveBayes#numbersFirst}). */
  private final boolean sharedNumbers;
  private final Map<String, Learned> corrections = new ConcurrentHashMap<>();

  private record Learned(Correction correction, String label, Ngrams.Bag bag) {}

  SectionModel(BulletinProfile profile, NaiveBayes nb, Vocabulary vocabulary, SoftmaxRegression regression,
      double temperature, String version) {
    this.profile = profile;
    this.labels = labelsOf(profile);
    if (!labels.equals(nb.labels())) {
      throw new IllegalArgumentException("the model was trained for sections " + nb.labels()
          + " but the profile has " + labels + ": retrain it with `classifier train`");
    }
    this.nb = nb;
    this.features = new Features(labels);
    this.vocabulary = vocabulary;
    this.regression = regression;
    this.temperature = temperature;
    this.version = version;
    this.sharedNumbers = nb.numbersFirst(vocabulary.keys());
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

  /**
   * Readies the model for a stream of items: loads the language model that reads their meaning, so
   * the first item does not wait for it.
   */
  public SectionModel warmedUp() {
    Meaning.load();
    return this;
  }

  /** The verdict: calibrated probabilities, the two facts, and what decided. */
  public Verdict classify(Item item) {
    Cues cues = cuesOf(item);
    Ngrams.Bag bag = bagOf(item.title(), item.text());
    NaiveBayes.Scored scored = nb.score(bag);
    float[] meaning = Meaning.of(item.title(), item.text());
    SoftmaxRegression.Sparse x = vocabulary.inputs(cueInputs(item, cues, scored, meaning), bag, features.size(),
        sharedNumbers ? scored.entries() : null);
    double[] logits = ruledOut(cues, regression.scores(x));
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
    reasons.add("模型：" + describe(x, best, second));
    reasons.add("依据：" + deciding(x, best, second));
    // on the confidence as the verdict states it, so that a flagged verdict never reads 0.6
    if (round(p[best]) < LOW_CONFIDENCE) {
      reasons.add(0, "置信度低（" + round(p[best]) + "），请编辑确认；次选 " + labels.get(second));
    }
    String section = labels.get(best).equals(SectionRules.OFF_TOPIC) ? null : labels.get(best);
    return new Verdict(section, round(p[best]), scores, reasons, version);
  }

  /**
   * The scores {@code logits}, with the bureau's section ruled out when the item names neither the
   * bureau nor Ordos, the leadership's when the item is non-S&T business, and every section when
   * the page is a template's model text (范文, 讲话稿, XX县): the policy puts pages that are not
   * news off-topic.
   */
  double[] ruledOut(Cues cues, double[] logits) {
    if (cues.genre() == bulletin.classifier.cue.Genre.TEMPLATE) {
      for (int c = 0; c < logits.length; c++) {
        logits[c] = labels.get(c).equals(SectionRules.OFF_TOPIC) ? logits[c] : Double.NEGATIVE_INFINITY;
      }
      return logits;
    }
    int leadership = labels.indexOf(LEADERSHIP_SECTION);
    if (leadership >= 0 && cues.genre() == bulletin.classifier.cue.Genre.NON_ST) {
      logits[leadership] = Double.NEGATIVE_INFINITY;
    }
    int bureau = labels.indexOf(BUREAU_SECTION);
    Set<Locus> ordos = EnumSet.of(Locus.BUREAU, Locus.ORDOS);
    boolean named = ordos.contains(cues.locus()) || ordos.contains(cues.hostLocus())
        || cues.titleLoci().stream().anyMatch(ordos::contains) || cues.leadLoci().stream().anyMatch(ordos::contains);
    if (bureau >= 0 && !named) {
      logits[bureau] = Double.NEGATIVE_INFINITY;
    }
    return logits;
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

  /** How many inputs the regression reads. */
  int inputs() {
    return features.size() + vocabulary.size();
  }

  /**
   * The regression's inputs for an item: its cues, its n-grams {@code bag}, the n-gram model's verdict
   * {@code scored} and its {@code meaning}.
   */
  SoftmaxRegression.Sparse inputs(Item item, Cues cues, Ngrams.Bag bag, NaiveBayes.Scored scored, float[] meaning) {
    return vocabulary.inputs(cueInputs(item, cues, scored, meaning), bag, features.size());
  }

  /** The inputs that are not n-grams. */
  double[] cueInputs(Item item, Cues cues, NaiveBayes.Scored scored, float[] meaning) {
    double[] logP = nbProbabilities(scored);
    for (int c = 0; c < logP.length; c++) {
      logP[c] = Math.max(-10, Math.log(logP[c]));
    }
    String lead = item.text().length() > 200 ? item.text().substring(0, 200) : item.text();
    Features.Topicality topicality = new Features.Topicality(
        profile.topicKeywords().stream().anyMatch(item.title()::contains),
        profile.topicKeywords().stream().anyMatch(lead::contains),
        profile.offTopicKeywords().stream().anyMatch(item.title()::contains));
    return features.of(cues, item.sourceLevel(), topicality, item.text().isBlank(), logP, meaning);
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
  private String describe(SoftmaxRegression.Sparse x, int best, int second) {
    double[][] w = regression.weights();
    // The three strongest pulls, ties in the n-grams' text order; only those three are made text.
    int[] top = new int[DESCRIBED];
    double[] topPull = new double[DESCRIBED];
    int kept = 0;
    for (int j = 0; j < x.index().length; j++) {
      int f = x.index()[j];
      double pull = f >= features.size() ? x.value()[j] * (w[f][best] - w[f][second]) : 0;
      if (pull > 0) {
        int g = f - features.size();
        int at = kept;
        while (at > 0 && pullsMore(pull, g, topPull[at - 1], top[at - 1])) {
          at--;
        }
        if (at < DESCRIBED) {
          int end = Math.min(kept, DESCRIBED - 1);
          System.arraycopy(top, at, top, at + 1, end - at);
          System.arraycopy(topPull, at, topPull, at + 1, end - at);
          top[at] = g;
          topPull[at] = pull;
          kept = Math.min(kept + 1, DESCRIBED);
        }
      }
    }
    StringBuilder named = new StringBuilder();
    for (int i = 0; i < kept; i++) {
      named.append('“').append(vocabulary.text(top[i])).append('”');
    }
    return (kept == 0 ? "无明显特征" : named.toString()) + " 指向" + section(best) + "而非" + labels.get(second);
  }

  /** How many n-grams a verdict's reasons name. */
  private static final int DESCRIBED = 3;

  /** Whether n-gram {@code g} pulling {@code pull} comes before n-gram {@code h} pulling {@code hPull}: stronger first, then by text. */
  private boolean pullsMore(double pull, int g, double hPull, int h) {
    return pull > hPull || pull == hPull && vocabulary.text(g).compareTo(vocabulary.text(h)) < 0;
  }

  /** The three inputs that weighed most for the winner against the runner-up. */
  private String deciding(SoftmaxRegression.Sparse x, int best, int second) {
    double[][] w = regression.weights();
    List<Map.Entry<String, Double>> pulls = new ArrayList<>();
    for (int j = 0; j < x.index().length; j++) {
      int f = x.index()[j];
      if (f > 0 && f < features.size() && !features.name(f).startsWith("模型=")
          && !features.name(f).startsWith(Features.MEANING)) {
        pulls.add(Map.entry(features.name(f), x.value()[j] * (w[f][best] - w[f][second])));
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

  /**
   * Writes the model: version, temperature, the regression's weights by input name, its weights of
   * n-grams, then the n-gram counts.
   */
  public void write(Writer out) throws IOException {
    out.write("version\t" + version + "\n");
    out.write("temperature\t" + temperature + "\n");
    double[][] w = regression.weights();
    out.write("inputs\t" + features.size() + "\n");
    for (int f = 0; f < features.size(); f++) {
      out.write(weights("w\t" + features.name(f), w[f]));
    }
    out.write("ngrams\t" + vocabulary.size() + "\n");
    for (int g = 0; g < vocabulary.size(); g++) {
      out.write(weights(vocabulary.text(g), w[features.size() + g]));
    }
    out.write("nb\n");
    nb.write(out);
  }

  private static String weights(String name, double[] w) {
    StringBuilder line = new StringBuilder(name);
    for (double v : w) {
      line.append('\t').append(Math.round(v * 1e4) / 1e4);
    }
    return line.append('\n').toString();
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
    List<double[]> w = new ArrayList<>();
    for (int f = 0; f < d; f++) {
      String[] parts = field(in.readLine(), "w");
      if (!parts[1].equals(expected.name(f))) {
        throw new IOException("the model's input " + f + " is '" + parts[1] + "', this classifier reads '"
            + expected.name(f) + "': retrain it with `classifier train`");
      }
      w.add(numbers(parts, 2));
    }
    int g = Integer.parseInt(field(in.readLine(), "ngrams")[1]);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < g; i++) {
      String[] parts = in.readLine().split("\t");
      texts.add(parts[0]);
      w.add(numbers(parts, 1));
    }
    Vocabulary vocabulary;
    try {
      vocabulary = Vocabulary.read(texts);
    } catch (IllegalArgumentException e) {
      throw new IOException("the model's n-grams: " + e.getMessage());
    }
    if (!"nb".equals(in.readLine())) {
      throw new IOException("expected the line 'nb' before the n-gram counts");
    }
    return new SectionModel(profile, NaiveBayes.read(in, vocabulary.keys()), vocabulary,
        new SoftmaxRegression(w.toArray(double[][]::new)), temperature, version);
  }

  private static double[] numbers(String[] parts, int from) {
    double[] out = new double[parts.length - from];
    for (int c = 0; c < out.length; c++) {
      out[c] = Double.parseDouble(parts[c + from]);
    }
    return out;
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

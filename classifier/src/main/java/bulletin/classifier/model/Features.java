package bulletin.classifier.model;

import bulletin.classifier.cue.Cues;
import bulletin.classifier.cue.Genre;
import bulletin.classifier.cue.Locus;
import bulletin.common.record.SourceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The inputs of the section model's last layer, one number each: the two facts (locus, genre) and
 * their pairing, where else places and genre words appear, the host and the level, the n-gram
 * model's belief in each section, and the item's meaning ({@link Meaning}). Every input has a name,
 * so the model file and the reasons can say which ones decided.
 */
final class Features {
  /** The name every input of the item's meaning starts with; their weights name no single fact. */
  static final String MEANING = "语义";
  /**
   * The length of each of the meaning's two embeddings among the inputs (each has length 1), half
   * the n-gram vector's ({@link Vocabulary#SCALE}). Cross-validated macro-F1 on the training items: 0.839 at 6, 0.844 at
   * 12, 0.829 at 24, 0.828 without the meaning. 12 is within chance of 6, and there the meaning
   * outweighs the two facts on the policy's plainest cases (another league's S&T bureau holding its
   * work meeting, read as off-topic), so the facts keep their say at 6.
   */
  static final double MEANING_SCALE = 6;

  private static final List<String> PARTNERS = List.of("标题高校院所", "导语高校院所", "标题企业", "导语企业");

  private static final List<String> LOCI = Stream.of(Locus.values()).map(Locus::words).toList();
  private static final List<String> GENRES = Stream.of(Genre.values()).map(Genre::words).toList();
  private static final List<String> LEVELS = Stream.concat(Stream.of(SourceLevel.values()).map(SourceLevel::wireName),
      Stream.of("未知")).toList();

  private final List<String> names = new ArrayList<>();
  // Where each block of inputs starts: the vector of an item is filled by position, not by name.
  private final int locusAt;
  private final int genreAt;
  private final int pairAt;
  private final int titleLociAt;
  private final int leadLociAt;
  private final int hostAt;
  private final int titleGenresAt;
  private final int leadGenresAt;
  private final int otherAt;
  private final int partnerPairAt;
  private final int levelAt;
  private final int partnerAt;
  private final int flagsAt;
  private final int nbFrom;
  private final int meaningAt;
  private final int labels;

  Features(List<String> labelNames) {
    add("bias");
    locusAt = block("属地=", LOCI);
    genreAt = block("类型=", GENRES);
    pairAt = block("属地×类型=", pairs(LOCI, GENRES));
    titleLociAt = block("标题提及=", LOCI);
    leadLociAt = block("导语提及=", LOCI);
    hostAt = block("网站=", LOCI);
    titleGenresAt = block("标题类型词=", GENRES);
    leadGenresAt = block("导语类型词=", GENRES);
    otherAt = block("属地×另提及=", pairs(LOCI, LOCI));
    partnerPairAt = block("属地×伙伴=", pairs(LOCI, PARTNERS));
    levelAt = block("来源级别=", LEVELS);
    partnerAt = block("", PARTNERS);
    flagsAt = block("", List.of("标题含科技词", "导语含科技词", "标题含无关词", "仅标题"));
    this.labels = labelNames.size();
    nbFrom = block("模型=", labelNames);
    meaningAt = block(MEANING, IntStream.range(0, Meaning.SIZE).mapToObj(i -> "维度" + i).toList());
  }

  private static List<String> pairs(List<String> a, List<String> b) {
    return a.stream().flatMap(x -> b.stream().map(y -> x + "×" + y)).toList();
  }

  private int block(String prefix, List<String> values) {
    int from = names.size();
    for (String v : values) {
      names.add(prefix + v);
    }
    return from;
  }

  private void add(String name) {
    names.add(name);
  }

  int size() {
    return names.size();
  }

  String name(int i) {
    return names.get(i);
  }

  /** The vector of one item, from its cues, the n-gram model's log-probabilities and its meaning. */
  double[] of(Cues cues, SourceLevel level, Topicality topicality, boolean titleOnly, double[] nbLogProbs,
      float[] meaning) {
    double[] x = new double[names.size()];
    x[0] = 1;
    int locus = cues.locus().ordinal();
    x[locusAt + locus] = 1;
    x[genreAt + cues.genre().ordinal()] = 1;
    x[pairAt + locus * GENRES.size() + cues.genre().ordinal()] = 1;
    for (Locus l : cues.titleLoci()) {
      x[titleLociAt + l.ordinal()] = 1;
      if (l.ordinal() != locus) {
        x[otherAt + locus * LOCI.size() + l.ordinal()] = 1;
      }
    }
    for (Locus l : cues.leadLoci()) {
      x[leadLociAt + l.ordinal()] = 1;
      if (l.ordinal() != locus) {
        x[otherAt + locus * LOCI.size() + l.ordinal()] = 1;
      }
    }
    // An unknown host or level is no evidence: the corpus's mirrors and aggregators, whose level is
    // unknown, carry more off-topic pages than a crawler's sources do, and that should not be learned.
    if (cues.hostLocus() != Locus.UNKNOWN) {
      x[hostAt + cues.hostLocus().ordinal()] = 1;
    }
    cues.titleGenres().forEach(g -> x[titleGenresAt + g.ordinal()] = 1);
    cues.leadGenres().forEach(g -> x[leadGenresAt + g.ordinal()] = 1);
    if (level != null) {
      x[levelAt + level.ordinal()] = 1;
    }
    for (String partner : cues.partners()) {
      int p = PARTNERS.indexOf(partner);
      x[partnerAt + p] = 1;
      x[partnerPairAt + locus * PARTNERS.size() + p] = 1;
    }
    x[flagsAt] = topicality.scienceInTitle() ? 1 : 0;
    x[flagsAt + 1] = topicality.scienceInLead() ? 1 : 0;
    x[flagsAt + 2] = topicality.offTopicInTitle() ? 1 : 0;
    x[flagsAt + 3] = titleOnly ? 1 : 0;
    System.arraycopy(nbLogProbs, 0, x, nbFrom, labels);
    for (int i = 0; i < Meaning.SIZE; i++) {
      x[meaningAt + i] = meaning[i] * MEANING_SCALE;
    }
    return x;
  }

  /** Whether the profile's words of science and technology, and its off-topic words, appear. */
  record Topicality(boolean scienceInTitle, boolean scienceInLead, boolean offTopicInTitle) {}
}

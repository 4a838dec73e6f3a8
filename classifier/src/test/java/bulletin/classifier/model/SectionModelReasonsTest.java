package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.cue.Cues;
import bulletin.classifier.cue.Genre;
import bulletin.classifier.cue.Locus;
import bulletin.common.profile.BulletinProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reasons and the verdict of a model whose weights are set by hand, so that every pull can be
 * worked out: an item of title only, whose five bigrams each get 12 / √5 of the n-gram vector.
 */
class SectionModelReasonsTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();
  private static final List<String> LABELS = SectionModel.labelsOf(PROFILE);
  private static final int POLICY = LABELS.indexOf("科技政策");
  private static final int OFF = LABELS.indexOf(SectionRules.OFF_TOPIC);
  private static final List<String> NGRAMS = List.of("丙丁", "壬癸", "庚辛", "戊己", "甲乙");

  private final Features features = new Features(LABELS);
  private final double[][] w = new double[features.size() + NGRAMS.size()][LABELS.size()];

  private int input(String name) {
    for (int f = 0; f < features.size(); f++) {
      if (features.name(f).equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no input " + name);
  }

  private void weigh(String name, int label, double weight) {
    int f = NGRAMS.contains(name) ? features.size() + NGRAMS.indexOf(name) : input(name);
    w[f][label] = weight;
  }

  private SectionModel model(double temperature) {
    return model(temperature, new NaiveBayes(LABELS));
  }

  private SectionModel model(double temperature, NaiveBayes nb) {
    for (String label : LABELS) {
      nb.add(label, Ngrams.of("寅卯", ""), 1); // every section alike: the n-gram model believes in none
    }
    return new SectionModel(PROFILE, nb, Vocabulary.read(NGRAMS), new SoftmaxRegression(w), temperature, "test-1");
  }

  /** The same model, its n-gram model numbering the vocabulary's n-grams first, as a model read from a file does. */
  private SectionModel sharingNumbers(double temperature) {
    return model(temperature, new NaiveBayes(LABELS, Vocabulary.read(NGRAMS).keys()));
  }

  @Test
  void aModelWhoseTablesNumberTheNgramsAlikeGivesTheSameVerdicts() {
    weighted();
    for (String title : List.of("甲乙 丙丁 戊己 庚辛 壬癸", "庚辛 寅卯", "寅卯 子丑", "")) {
      Item item = new Item(title, "", null, null, null);
      assertEquals(model(1).classify(item), sharingNumbers(1).classify(item), title);
    }
  }

  private SectionModel weighted() {
    weigh("bias", POLICY, 5);
    weigh("模型=无关", POLICY, -1); // the n-gram beliefs are never named as deciding inputs
    weigh("仅标题", POLICY, 0.4);
    weigh("属地×类型=未识别×未识别", POLICY, 0.25);
    weigh("属地=未识别", POLICY, 0.2);
    weigh("类型=未识别", OFF, 0.3);
    weigh("甲乙", POLICY, 0.5);
    weigh("丙丁", POLICY, 0.3);
    weigh("戊己", POLICY, 0.3);
    weigh("壬癸", POLICY, 0.1);
    weigh("庚辛", POLICY, 0.1);
    weigh("庚辛", OFF, 1);
    return model(1);
  }

  private static String reason(Verdict v, String kind) {
    return v.reasons().stream().filter(r -> r.startsWith(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " reason in " + v.reasons()));
  }

  @Test
  void theThreeStrongestNgramsAreNamedTiesInTextOrder() {
    Verdict v = weighted().classify(new Item("甲乙 丙丁 戊己 庚辛 壬癸", "", null, null, null));
    assertEquals("科技政策", v.section());
    // 甲乙 pulls 0.5 × 12/√5, 丙丁 and 戊己 0.3 × 12/√5 each (丙 before 戊), 壬癸 0.1 × 12/√5 is fourth,
    // 庚辛 pulls towards 无关, the runner-up
    assertEquals("模型：“甲乙”“丙丁”“戊己” 指向【科技政策】而非无关", reason(v, "模型："));
  }

  @Test
  void theThreeInputsThatWeighedMostAreNamedStrongestFirst() {
    Verdict v = weighted().classify(new Item("甲乙 丙丁 戊己 庚辛 壬癸", "", null, null, null));
    // the bias and the n-gram model's beliefs are left out; 类型=未识别 pulls towards the runner-up
    assertEquals("依据：仅标题(+0.4)，属地×类型=未识别×未识别(+0.25)，属地=未识别(+0.2) → 【科技政策】", reason(v, "依据："));
  }

  @Test
  void offTopicIsNamedWithoutBrackets() {
    Verdict v = weighted().classify(new Item("庚辛", "", null, null, null));
    assertNull(v.section());
    assertEquals("模型：“庚辛” 指向无关而非科技政策", reason(v, "模型："));
    assertEquals("依据：类型=未识别(+0.3) → 无关", reason(v, "依据："));
  }

  @Test
  void anItemWithNoKnownNgramSaysSo() {
    Verdict v = weighted().classify(new Item("子丑", "", null, null, null));
    assertEquals("科技政策", v.section());
    // every other section scores 0 but 无关 (0.3): it is the runner-up
    assertEquals("模型：无明显特征 指向【科技政策】而非无关", reason(v, "模型："));
  }

  @Test
  void ofSectionsEquallyLikelyTheFirstWinsAndTheNextIsTheRunnerUp() {
    Verdict flat = model(1).classify(new Item("子丑", "", null, null, null));
    // nothing weighs anything, and the bureau's section is ruled out: the first two sections tie
    assertEquals(LABELS.get(0), flat.section());
    assertEquals("模型：无明显特征 指向【" + LABELS.get(0) + "】而非" + LABELS.get(1), reason(flat, "模型："));
    assertEquals("依据： → 【" + LABELS.get(0) + "】", reason(flat, "依据："));
    assertEquals("置信度低（" + Math.round(1000.0 / 7) / 1000.0 + "），请编辑确认；次选 " + LABELS.get(1), flat.reasons().get(0));
  }

  @Test
  void aColumnHintAddsItsWeightBeforeTheTemperatureDividesIt() {
    Verdict v = model(2).classify(new Item("子丑", "", null, null, "科技专项"));
    // logits: 科技专项 1.5 × 2, every other 0, 部门动态 ruled out; divided by the temperature 2
    double p = Math.exp(1.5) / (Math.exp(1.5) + 6);
    assertEquals("科技专项", v.section());
    assertEquals(Math.round(p * 1000) / 1000.0, v.confidence(), 1e-9);
    assertEquals(0.0, v.scores().get("部门动态"));
    assertTrue(v.reasons().contains("栏目：来源栏目通常供稿【科技专项】(+" + SectionModel.HINT + ")"), v.reasons().toString());
  }

  private static Cues cues(Locus locus, Genre genre,
      Locus host, Set<Locus> inTitle, Set<Locus> inLead) {
    return new Cues(locus, null, genre, null, inTitle, inLead, host, Set.of(), Set.of(), Set.of());
  }

  @Test
  void nonScienceBusinessRulesOutTheLeadershipAndNoNameOfOrdosRulesOutTheBureau() {
    SectionModel m = model(1);
    int leadership = LABELS.indexOf(SectionModel.LEADERSHIP_SECTION);
    int bureau = LABELS.indexOf(SectionModel.BUREAU_SECTION);
    double[] logits = m.ruledOut(cues(Locus.LEADERSHIP, Genre.NON_ST,
        Locus.UNKNOWN, Set.of(), Set.of()), new double[LABELS.size()]);
    for (int c = 0; c < LABELS.size(); c++) {
      assertEquals(c == leadership || c == bureau ? Double.NEGATIVE_INFINITY : 0, logits[c], LABELS.get(c));
    }
    // the bureau's section stays open when the bureau or Ordos is the locus, the host, or named in title or lead
    for (var named : List.of(
        cues(Locus.BUREAU, Genre.MEETING, Locus.UNKNOWN, Set.of(), Set.of()),
        cues(Locus.ORDOS, Genre.MEETING, Locus.UNKNOWN, Set.of(), Set.of()),
        cues(Locus.UNKNOWN, Genre.MEETING, Locus.BUREAU, Set.of(), Set.of()),
        cues(Locus.UNKNOWN, Genre.MEETING, Locus.UNKNOWN,
            Set.of(Locus.ORDOS), Set.of()),
        cues(Locus.UNKNOWN, Genre.MEETING, Locus.UNKNOWN,
            Set.of(), Set.of(Locus.BUREAU)))) {
      double[] open = m.ruledOut(named, new double[LABELS.size()]);
      assertEquals(0, open[bureau], named.toString());
      assertEquals(0, open[leadership], "science business leaves the leadership open");
    }
  }

  @Test
  void aStrongerNgramLaterInTheItemMovesTheWeakerOnesDown() {
    Verdict v = weighted().classify(new Item("壬癸 丙丁 甲乙", "", null, null, null));
    assertEquals("模型：“甲乙”“丙丁”“壬癸” 指向【科技政策】而非无关", reason(v, "模型："));
  }

  @Test
  void aWeakerNgramLaterInTheItemGoesBelowThoseItsPullIsUnder() {
    SectionModel m = weighted();
    weigh("戊己", POLICY, 0.05); // 壬癸 pulls 0.1, moved down by 丙丁's 0.3; 戊己's 0.05 comes after it
    Verdict v = m.classify(new Item("壬癸 丙丁 戊己", "", null, null, null));
    assertEquals("模型：“丙丁”“壬癸”“戊己” 指向【科技政策】而非无关", reason(v, "模型："));
  }

  @Test
  void theBureausSectionIsRuledOutAlsoWhenItIsTheProfilesFirst() {
    BulletinProfile bureauFirst = new BulletinProfile(PROFILE.masthead(), PROFILE.issues(),
        List.of(PROFILE.sections().get(LABELS.indexOf(SectionModel.BUREAU_SECTION)), PROFILE.sections().get(1)),
        PROFILE.offTopicKeywords(), PROFILE.topicKeywords(), PROFILE.footer());
    List<String> labels = SectionModel.labelsOf(bureauFirst);
    assertEquals(SectionModel.BUREAU_SECTION, labels.get(0));
    Features inputs = new Features(labels);
    SectionModel m = new SectionModel(bureauFirst, new NaiveBayes(labels), Vocabulary.read(List.of()),
        new SoftmaxRegression(new double[inputs.size()][labels.size()]), 1, "test-1");
    double[] logits = m.ruledOut(cues(Locus.REGION, Genre.MEETING, Locus.UNKNOWN, Set.of(), Set.of()), new double[3]);
    assertEquals(Double.NEGATIVE_INFINITY, logits[0]);
    assertEquals(0, logits[1]);
  }

  /** The policy section's probability p against six others at 0 (部门动态 is ruled out: the item names neither the bureau nor Ordos). */
  private Verdict atProbability(double p) {
    java.util.Arrays.stream(w).forEach(row -> java.util.Arrays.fill(row, 0));
    weigh("bias", POLICY, Math.log(6 * p / (1 - p)));
    return model(1).classify(new Item("寅卯", "", null, null, null));
  }

  @Test
  void theUnsureFlagFollowsTheConfidenceAsTheVerdictStatesIt() {
    Verdict justUnder = atProbability(0.5996);
    assertEquals(0.6, justUnder.confidence(), 0);
    assertTrue(!justUnder.reasons().get(0).startsWith("置信度低"), "0.5996 reads 0.6, so it is not flagged: " + justUnder.reasons());
    Verdict under = atProbability(0.5994);
    assertEquals(0.599, under.confidence(), 0);
    assertEquals("置信度低（0.599），请编辑确认；次选 高层声音", under.reasons().get(0));
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Labelled;
import bulletin.common.profile.BulletinProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fitting's steps on inputs worked out by hand, and a whole fit on the corpus's first 20 items
 * (a second's work, where the corpus takes a minute).
 */
class FittingTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();

  @Test
  void theTemperatureIsTheGridPointOfLeastLogLoss() {
    // four items scored (1, 0), three of class 0: the best probability for class 0 is ¾, reached at
    // 1/t = ln 3, t = 0.910; of the grid's 0.90 and 0.95, 0.90 gives p = 0.7523 (loss 2.2494),
    // 0.95 gives p = 0.7413 (loss 2.2500)
    double[][] scores = {{1, 0}, {1, 0}, {1, 0}, {1, 0}};
    assertEquals(0.9, Fitting.temperature(scores, new int[] {0, 0, 0, 1}), 1e-12);
    // always right: as sharp as the grid allows; right half the time: as flat as it allows
    assertEquals(0.25, Fitting.temperature(new double[][] {{1, 0}}, new int[] {0}), 1e-12);
    assertEquals(6.0, Fitting.temperature(new double[][] {{1, 0}, {1, 0}}, new int[] {0, 1}), 1e-12);
    // scores that say nothing give the same loss at every temperature: the first grid point stays
    assertEquals(0.25, Fitting.temperature(new double[][] {{0, 0}}, new int[] {0}), 1e-12);
  }

  @Test
  void macroF1AveragesEverySectionsF1IncludingThoseNeverSeen() {
    // gold 0 0 1 1, predicted 0 1 1 1: section 0 P 1, R ½, F1 ⅔; section 1 P ⅔, R 1, F1 0.8; section 2 0
    double[][] scores = {{2, 1, 0}, {0, 1, 0}, {0, 3, 1}, {1, 2, 0}};
    assertEquals((2 / 3.0 + 0.8 + 0) / 3, Fitting.macroF1(scores, new int[] {0, 0, 1, 1}, 3), 1e-12);
    assertEquals(1.0, Fitting.macroF1(new double[][] {{1, 0}, {0, 1}}, new int[] {0, 1}, 2), 1e-12);
  }

  @Test
  void aSmallSectionIsWeightedUpByItsRarityToThePowerChosen() {
    // four items in two sections, three and one: (4 / (2·3))^e and (4 / (2·1))^e
    double[] w = Fitting.balanced(new int[] {0, 0, 1, 0}, 2, 0.5);
    double three = Math.sqrt(4 / 6.0);
    assertArrayEquals(new double[] {three, three, Math.sqrt(2), three}, w, 1e-12);
    double[] full = Fitting.balanced(new int[] {0, 0, 1, 0}, 2, 1.0);
    assertArrayEquals(new double[] {2 / 3.0, 2 / 3.0, 2, 2 / 3.0}, full, 1e-12);
    // fully weighted, each section counts alike
    assertEquals(3 * full[0], full[2], 1e-12);
  }

  @Test
  void anItemOfASectionTheProfileDoesNotHaveIsNamed() {
    List<Item> items = List.of(new Item("科技部印发通知", "", null, null, null), new Item("体育比赛结果", "", null, null, null));
    var e = assertThrows(IllegalArgumentException.class,
        () -> Fitting.fit(PROFILE, items, Arrays.asList("科技政策", "体育"), "v"));
    assertTrue(e.getMessage().startsWith("item 2 (“体育比赛结果”) has section '体育', which is not one of [高层声音"), e.getMessage());
  }

  @Test
  void aFitOnAFewItemsLearnsThemAndReportsItsCrossValidation() throws Exception {
    List<Labelled> corpus = Corpus.read(Path.of("corpus", "train.jsonl")).subList(0, 20);
    List<Item> items = corpus.stream().map(Labelled::item).toList();
    List<String> sections = new ArrayList<>();
    corpus.forEach(l -> sections.add(l.section()));
    Fitting.Fitted fitted = Fitting.fit(PROFILE, items, sections, "v1");

    assertTrue(Arrays.stream(Fitting.PENALTIES).anyMatch(p -> p == fitted.penalty()), "penalty " + fitted.penalty());
    List<String> labels = SectionModel.labelsOf(PROFILE);
    int[] y = sections.stream().mapToInt(s -> labels.indexOf(s == null ? SectionRules.OFF_TOPIC : s)).toArray();
    assertEquals(20, fitted.heldOutProbabilities().length);
    for (double[] p : fitted.heldOutProbabilities()) {
      assertEquals(labels.size(), p.length);
      assertEquals(1, Arrays.stream(p).sum(), 1e-9);
    }
    assertEquals(Fitting.macroF1(fitted.heldOutProbabilities(), y, labels.size()), fitted.crossValidatedMacroF1(), 1e-12,
        "the figure is the macro-F1 of the held-out predictions");
    assertTrue(fitted.crossValidatedMacroF1() > 0, "held-out macro-F1 " + fitted.crossValidatedMacroF1());
    double t = fitted.model().temperature();
    assertTrue(t >= 0.25 && t <= 6, "temperature " + t);
    assertEquals("v1", fitted.model().version());

    int right = 0;
    for (int i = 0; i < items.size(); i++) {
      String s = fitted.model().classify(items.get(i)).section();
      right += java.util.Objects.equals(s, sections.get(i)) ? 1 : 0;
    }
    assertTrue(right >= 18, right + " of its 20 training items");
  }

  @Test
  void naiveBayesCountsOnlyTheNgramsTheRegressionWeighs() throws java.io.IOException {
    List<Labelled> first = Corpus.read(Path.of("corpus/train.jsonl")).subList(0, 20);
    Fitting.Fitted f = Fitting.fit(PROFILE, first.stream().map(Labelled::item).toList(),
        first.stream().map(Labelled::section).toList(), "v");
    java.io.StringWriter out = new java.io.StringWriter();
    f.model().write(out);
    List<String> lines = out.toString().lines().toList();
    int ngrams = lines.indexOf(lines.stream().filter(l -> l.startsWith("ngrams\t")).findFirst().orElseThrow());
    int nb = lines.indexOf("nb");
    List<String> weighed = lines.subList(ngrams + 1, nb).stream().map(l -> l.split("\t")[0]).toList();
    List<String> counted = lines.subList(nb + 3, lines.size()).stream().map(l -> l.split("\t")[0]).toList();
    assertTrue(weighed.size() > 100, "the vocabulary of 20 items: " + weighed.size());
    assertEquals(weighed, counted, "both in text order, the same n-grams");
  }
}

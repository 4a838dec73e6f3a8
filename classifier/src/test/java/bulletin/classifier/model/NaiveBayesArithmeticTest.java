package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Naive Bayes on bags written by hand, each log-probability worked out from the formula
 * log P(c) + Σ n·(log(count(f, c) + α) − log(total(c) + α·V)), with P(c) = (documents(c) + 1) / (documents + k).
 */
class NaiveBayesArithmeticTest {
  private static final double A = NaiveBayes.ALPHA;
  private static final long X = Ngrams.pack("科技");
  private static final long Y = Ngrams.pack("道路");
  private static final long Z = Ngrams.pack("会议");

  private static Ngrams.Bag bag(long[] keys, int... counts) {
    return new Ngrams.Bag(keys, counts, keys.length);
  }

  /** Class 甲 has seen 科技 once, class 乙 道路 twice; one document each. */
  private static NaiveBayes twoClasses() {
    NaiveBayes nb = new NaiveBayes(List.of("甲", "乙"));
    nb.add("甲", bag(new long[] {X}, 1), 1);
    nb.add("乙", bag(new long[] {Y}, 2), 1);
    return nb;
  }

  @Test
  void aKnownFeatureScoresBySmoothedCountsPriorsAndTheClassTotal() {
    NaiveBayes.Scored s = twoClasses().score(bag(new long[] {X}, 1));
    // V = 2 features; totals 1 and 2; priors (1+1)/(2+2) each
    double prior = Math.log(2 / 4.0);
    assertEquals(Math.log(1 + A) + prior - Math.log(1 + A * 2), s.logJoint()[0], 1e-12);
    assertEquals(Math.log(0 + A) + prior - Math.log(2 + A * 2), s.logJoint()[1], 1e-12);
    assertArrayEquals(new int[] {0}, s.features());
  }

  @Test
  void aFeatureCountedTwiceInTheDocumentCountsTwice() {
    NaiveBayes.Scored s = twoClasses().score(bag(new long[] {Y}, 2));
    double prior = Math.log(2 / 4.0);
    assertEquals(2 * Math.log(0 + A) + prior - 2 * Math.log(1 + A * 2), s.logJoint()[0], 1e-12);
    assertEquals(2 * Math.log(2 + A) + prior - 2 * Math.log(2 + A * 2), s.logJoint()[1], 1e-12);
  }

  @Test
  void anUnknownFeatureIsSkippedAndLeavesOnlyThePrior() {
    NaiveBayes nb = twoClasses();
    nb.add("甲", bag(new long[] {X}, 1), 2); // 甲: three documents' weight, total 3
    NaiveBayes.Scored s = nb.score(bag(new long[] {Z}, 5));
    assertArrayEquals(new int[] {-1}, s.features());
    assertEquals(Math.log((3 + 1) / (4 + 2.0)), s.logJoint()[0], 1e-12);
    assertEquals(Math.log((1 + 1) / (4 + 2.0)), s.logJoint()[1], 1e-12);
  }

  @Test
  void aFeatureWhoseCountsReturnToZeroIsUnknownAgain() {
    NaiveBayes nb = twoClasses();
    nb.add("甲", bag(new long[] {Z}, 1), 1);
    nb.add("甲", bag(new long[] {Z}, 1), -1);
    NaiveBayes.Scored s = nb.score(bag(new long[] {Z, X}, 1, 1));
    assertArrayEquals(new int[] {-1, 0}, s.features(), "会议 is no longer known");
    // back to the two-class model: V = 2, 甲's total 1, one document each
    double prior = Math.log(2 / 4.0);
    assertEquals(Math.log(1 + A) + prior - Math.log(1 + A * 2), s.logJoint()[0], 1e-12);
    assertEquals(Math.log(A) + prior - Math.log(2 + A * 2), s.logJoint()[1], 1e-12);
  }

  @Test
  void featuresBeyondTheFirstThousandKeepTheirCountsAndTheSmoothingOfTheOtherClass() {
    NaiveBayes nb = new NaiveBayes(List.of("甲", "乙"));
    int n = 1500;
    long[] keys = new long[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Ngrams.pack(new int[] {0x4E00 + i / 100, 0x4E00 + i % 100}, 0, 2);
      counts[i] = 1;
    }
    nb.add("甲", new Ngrams.Bag(keys, counts, n), 1);
    nb.add("乙", bag(new long[] {Y}, 1), 1);
    NaiveBayes.Scored s = nb.score(bag(new long[] {keys[n - 1]}, 1));
    assertArrayEquals(new int[] {n - 1}, s.features());
    double prior = Math.log(2 / 4.0);
    assertEquals(Math.log(1 + A) + prior - Math.log(n + A * (n + 1)), s.logJoint()[0], 1e-12);
    assertEquals(Math.log(A) + prior - Math.log(1 + A * (n + 1)), s.logJoint()[1], 1e-12);
  }

  @Test
  void anUnknownLabelIsNamedWithTheKnownOnes() {
    var e = assertThrows(IllegalArgumentException.class, () -> twoClasses().index("丙"));
    assertEquals("label '丙' is not one of [甲, 乙]", e.getMessage());
    assertEquals(1, twoClasses().index("乙"));
    assertEquals(List.of("甲", "乙"), twoClasses().labels());
  }

  @Test
  void theModelFileListsLabelsDocumentsAndEachFeaturesCountsInTextOrder() throws IOException {
    NaiveBayes nb = twoClasses();
    nb.add("甲", bag(new long[] {Z}, 1), 0.5);
    StringWriter out = new StringWriter();
    nb.write(out);
    assertEquals("labels\t甲\t乙\ndocuments\t1.5\t1\n会议\t0.5\t0\n科技\t1\t0\n道路\t0\t2\n", out.toString());
    NaiveBayes read = NaiveBayes.read(new BufferedReader(new StringReader(out.toString())));
    Ngrams.Bag doc = bag(new long[] {Z, Y}, 1, 3);
    assertArrayEquals(nb.score(doc).logJoint(), read.score(doc).logJoint(), 1e-12);
  }

  @Test
  void aModelFileWithTheWrongNumberOfCountsOrABadNgramIsRefused() {
    var counts = assertThrows(IOException.class, () -> NaiveBayes.read(new BufferedReader(new StringReader(
        "labels\t甲\t乙\ndocuments\t1\t1\n科技\t1\n"))));
    assertEquals("model line '科技' has 1 counts, expected 2", counts.getMessage());
    var documents = assertThrows(IOException.class, () -> NaiveBayes.read(new BufferedReader(new StringReader(
        "labels\t甲\t乙\ndocuments\t1\t1\t1\n"))));
    assertEquals("model line 'documents' has 3 counts, expected 2", documents.getMessage());
    var ngram = assertThrows(IOException.class, () -> NaiveBayes.read(new BufferedReader(new StringReader(
        "labels\t甲\t乙\ndocuments\t1\t1\n科技部门\t1\t0\n"))));
    assertTrue(ngram.getMessage().startsWith("model line '科技部门': "), ngram.getMessage());
  }

  @Test
  void aCountLearnedOnOneThreadIsScoredOnAnother() throws Exception {
    NaiveBayes nb = twoClasses();
    nb.score(bag(new long[] {X}, 1));
    nb.add("乙", bag(new long[] {X}, 1), 1);
    double[] elsewhere = CompletableFuture.supplyAsync(() -> nb.score(bag(new long[] {X}, 1)).logJoint())
        .get(1, TimeUnit.MINUTES);
    assertArrayEquals(nb.score(bag(new long[] {X}, 1)).logJoint(), elsewhere, 0);
    nb.add("甲", bag(new long[] {Y}, 1), 1);
    CompletableFuture.runAsync(() -> nb.add("乙", bag(new long[] {Z}, 1), 1)).get(1, TimeUnit.MINUTES);
    assertEquals(3, nb.score(bag(new long[] {X, Y, Z}, 1, 1, 1)).features().length);
  }

  @Test
  void theFirstFeatureUndoneToZeroIsUnknownAgain() {
    NaiveBayes nb = twoClasses();
    nb.add("甲", bag(new long[] {X}, 1), -1);
    assertArrayEquals(new int[] {-1}, nb.score(bag(new long[] {X}, 1)).features(), "科技 is feature 0, its count 0 again");
  }

  @Test
  void keysNumberedFirstKeepTheirNumbersThroughLearningAndReading() throws IOException {
    NaiveBayes nb = new NaiveBayes(List.of("甲", "乙"), new long[] {Z, X});
    assertTrue(nb.numbersFirst(new long[] {Z, X}));
    assertTrue(nb.numbersFirst(new long[] {Z}), "a prefix of the numbered keys");
    assertTrue(!nb.numbersFirst(new long[] {X, Z}), "the same keys in another order");
    nb.add("甲", bag(new long[] {X}, 1), 1);
    nb.add("乙", bag(new long[] {Y}, 2), 1);
    NaiveBayes.Scored s = nb.score(bag(new long[] {Y, Z, X}, 1, 1, 1));
    assertArrayEquals(new int[] {2, 0, 1}, s.entries(), "道路 comes after the numbered keys");
    assertArrayEquals(new int[] {2, -1, 1}, s.features(), "会议 has an entry but no count");
    assertArrayEquals(twoClasses().score(bag(new long[] {Y, Z, X}, 1, 1, 1)).logJoint(), s.logJoint(), 1e-12,
        "the numbering changes no score");

    StringWriter out = new StringWriter();
    nb.write(out);
    NaiveBayes read = NaiveBayes.read(new BufferedReader(new StringReader(out.toString())), new long[] {Y});
    assertTrue(read.numbersFirst(new long[] {Y}));
    NaiveBayes.Scored again = read.score(bag(new long[] {Y, Z, X}, 1, 1, 1));
    assertArrayEquals(new int[] {0, 1, 2}, again.entries(), "read back, 道路 first, then the file's lines in text order");
    assertArrayEquals(new int[] {0, -1, 2}, again.features(), "会议's line holds no count");
    assertArrayEquals(s.logJoint(), again.logJoint(), 1e-12);
  }

  @Test
  void anUnknownFeatureHasNoEntry() {
    NaiveBayes.Scored s = twoClasses().score(bag(new long[] {Z, Y}, 1, 1));
    assertArrayEquals(new int[] {-1, 1}, s.entries());
  }
}

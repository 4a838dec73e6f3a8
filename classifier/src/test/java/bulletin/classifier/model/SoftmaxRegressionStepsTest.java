package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The regression's scores, softmax and descent on inputs small enough to follow by hand. */
class SoftmaxRegressionStepsTest {
  private static SoftmaxRegression.Sparse x(int[] index, double... value) {
    return new SoftmaxRegression.Sparse(index, value);
  }

  @Test
  void scoresSumEachInputsWeightsTimesItsValue() {
    SoftmaxRegression r = new SoftmaxRegression(new double[][] {{1, 2}, {3, -1}, {100, 100}});
    assertArrayEquals(new double[] {1 + 3 * 2, 2 - 1 * 2}, r.scores(x(new int[] {0, 1}, 1, 2)), 1e-12);
    assertArrayEquals(new double[] {0, 0}, r.scores(x(new int[] {}, new double[0])), 0);
  }

  @Test
  void softmaxNormalisesAndTheTemperatureFlattens() {
    assertArrayEquals(new double[] {0.25, 0.75}, SoftmaxRegression.softmax(new double[] {0, Math.log(3)}, 1), 1e-12);
    assertArrayEquals(new double[] {0.25, 0.75}, SoftmaxRegression.softmax(new double[] {0, 2 * Math.log(3)}, 2), 1e-12);
    assertArrayEquals(new double[] {0.5, 0.5}, SoftmaxRegression.softmax(new double[] {1000, 1000}, 1), 1e-12,
        "large scores do not overflow");
    assertArrayEquals(new double[] {0.5, 0.5}, SoftmaxRegression.softmax(new double[] {-1000, -1000}, 1), 1e-12,
        "nor do large negative ones underflow");
    assertArrayEquals(new double[] {1, 0}, SoftmaxRegression.softmax(new double[] {0, Double.NEGATIVE_INFINITY}, 1),
        0, "a section ruled out gets nothing");
  }

  @Test
  void theFirstStepMovesEveryWeightWithAGradientByTheRateAgainstItsSign() {
    // one item of class 0 with the bias and input 1 at 2: p = (½, ½), gradient (−½, ½)·value, so Adam's
    // first, bias-corrected step is −RATE·sign(gradient) for every weight the item touches
    SoftmaxRegression.Sparse[] items = {x(new int[] {0, 1}, 1, 2)};
    double[][] w = SoftmaxRegression.fit(items, 3, new int[] {0}, new double[] {1}, 2, 0.5, 1).weights();
    double r = SoftmaxRegression.RATE;
    assertArrayEquals(new double[] {r, -r}, w[0], 1e-8);
    assertArrayEquals(new double[] {r, -r}, w[1], 1e-8);
    assertArrayEquals(new double[] {0, 0}, w[2], 0, "an input no item has does not move");
  }

  @Test
  void twoSeparableItemsAreLearnedWithOppositeWeightsAndAnUnmovedBias() {
    SoftmaxRegression.Sparse[] items = {x(new int[] {0, 1}, 1, 1), x(new int[] {0, 2}, 1, 1)};
    SoftmaxRegression r = SoftmaxRegression.fit(items, 3, new int[] {0, 1}, new double[] {1, 1}, 2, 0.001);
    double[][] w = r.weights();
    assertEquals(0, w[0][0], 1e-6, "the items pull the bias both ways alike");
    assertEquals(-w[1][0], w[1][1], 1e-9);
    assertTrue(w[1][0] > 0.5 && w[2][1] > 0.5, "input 1 speaks for class 0, input 2 for class 1: " + java.util.Arrays.deepToString(w));
    assertTrue(SoftmaxRegression.softmax(r.scores(items[0]), 1)[0] > 0.9);
    assertTrue(SoftmaxRegression.softmax(r.scores(items[1]), 1)[1] > 0.9);
  }

  @Test
  void thePenaltyShrinksTheWeightsButNotTheBias() {
    SoftmaxRegression.Sparse[] items = {x(new int[] {0, 1}, 1, 1)};
    int[] y = {0};
    double[] one = {1};
    double free = SoftmaxRegression.fit(items, 2, y, one, 2, 0, 400).weights()[1][0];
    double[][] penalised = SoftmaxRegression.fit(items, 2, y, one, 2, 1).weights();
    assertTrue(penalised[1][0] < free / 2, free + " then " + penalised[1][0]);
    // the bias alone, under a heavy penalty, still grows: the penalty skips input 0
    SoftmaxRegression.Sparse[] bias = {x(new int[] {0}, 1)};
    double[][] b = SoftmaxRegression.fit(bias, 1, y, one, 2, 10).weights();
    assertTrue(b[0][0] - b[0][1] > 1, java.util.Arrays.toString(b[0]));
  }

  @Test
  void anItemOfWeightZeroIsNotLearnedAndScalingEveryWeightChangesNothing() {
    SoftmaxRegression.Sparse[] items = {x(new int[] {0, 1}, 1, 1), x(new int[] {0, 1}, 1, 2)};
    double[][] both = SoftmaxRegression.fit(items, 2, new int[] {0, 1}, new double[] {1, 0}, 2, 0.01).weights();
    double[][] first = SoftmaxRegression.fit(new SoftmaxRegression.Sparse[] {items[0]}, 2, new int[] {0}, new double[] {1}, 2,
        0.01).weights();
    for (int f = 0; f < 2; f++) {
      assertArrayEquals(first[f], both[f], 0, "only the first item counts");
    }

    SoftmaxRegression.Sparse[] three = {x(new int[] {0, 1}, 1, 1), x(new int[] {0, 1}, 1, 1), x(new int[] {0}, 1)};
    int[] y3 = {0, 1, 1};
    double[][] a = SoftmaxRegression.fit(three, 2, y3, new double[] {1, 2, 1}, 2, 0.05).weights();
    double[][] b = SoftmaxRegression.fit(three, 2, y3, new double[] {3, 6, 3}, 2, 0.05).weights();
    for (int f = 0; f < 2; f++) {
      assertArrayEquals(a[f], b[f], 1e-9, "weights are shares of the total");
    }
  }

  @Test
  void eachItemsGradientIsWeighedByItsInputsValue() {
    // input 1 is 2 in an item of class 0 and 1 in an item of class 1, the two weighted alike: at
    // p = (½, ½) its gradient for class 0 is ½·(−½·2) + ½·(½·1) = −¼, so the first step raises it
    SoftmaxRegression.Sparse[] items = {x(new int[] {1}, 2), x(new int[] {1}, 1)};
    double[][] w = SoftmaxRegression.fit(items, 2, new int[] {0, 1}, new double[] {1, 1}, 2, 0, 1).weights();
    assertArrayEquals(new double[] {SoftmaxRegression.RATE, -SoftmaxRegression.RATE}, w[1], 1e-8);
  }
}

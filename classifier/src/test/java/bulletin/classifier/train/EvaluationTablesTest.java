package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reliability table, the confusion matrix and the calibration bins, on items counted by hand. */
class EvaluationTablesTest {
  @Test
  void theReliabilityTableListsEachBinWithItemsMeanConfidenceAndShareRight() {
    Evaluation e = new Evaluation(List.of("科技", "经济"));
    e.add("科技", "科技", 0.92);
    e.add("科技", "经济", 0.98);
    e.add("经济", "经济", 0.42);
    e.add("经济", "经济", 1.0); // a confidence of 1 falls in the last bin
    // bins: 0.4–0.5 one item (0.42, right); 0.9–1.0 three items (mean 0.9667, 2 of 3 right)
    assertEquals("reliability (confidence bin: items, mean confidence, share right)\n"
        + "  0.4–0.5     1    0.420    1.000\n"
        + "  0.9–1.0     3    0.967    0.667\n"
        + "ECE 0.370\n", e.reliability());
    // each bin's gap weighted by its items: |0.42 − 1|·1 + |0.9667 − 0.6667|·3 = 0.58 + 0.9, over 4 items
    assertEquals((0.58 + 0.9) / 4, e.ece(), 1e-12);
  }

  @Test
  void confidencesWithoutItemsCountNothingAndItemsWithoutConfidenceCountOnlyInTheMatrix() {
    Evaluation e = new Evaluation(List.of("科技", "经济"));
    e.add("科技", "经济");
    e.add("经济", "经济");
    assertEquals(2, e.size());
    assertEquals(0.5, e.accuracy(), 1e-12);
    assertEquals(0, e.ece(), "no confidences");
    assertEquals("reliability (confidence bin: items, mean confidence, share right)\nECE 0.000\n", e.reliability());
  }

  @Test
  void theReportPrintsEveryLabelsRowAndTheConfusionMatrix() {
    Evaluation e = new Evaluation(List.of("科技政策", "无关", "other"));
    e.add("科技政策", "科技政策");
    e.add("科技政策", "无关");
    e.add("无关", "无关");
    e.add("other", "科技政策");
    List<String> lines = e.report().lines().toList();
    assertEquals(String.format("%-8s %9s %9s %9s %6s", "section", "precision", "recall", "F1", "items"), lines.get(0));
    assertEquals("科技政策 " + "    0.500     0.500     0.500      2", lines.get(1));
    assertEquals("无关     " + "    0.500     1.000     0.667      1", lines.get(2));
    assertEquals("other    " + "    0.000     0.000     0.000      1", lines.get(3));
    // macro-F1 over the three labels that occur: (0.5 + 0.667 + 0) / 3; accuracy 2 of 4
    assertEquals("macro-F1 0.389, accuracy 0.500", lines.get(4));
    assertEquals("", lines.get(5));
    assertEquals("confusion (rows: gold, columns: predicted)", lines.get(6));
    assertEquals("         " + "   科技   无关   ot", lines.get(7));
    assertEquals("科技政策 " + "     1     1     0", lines.get(8));
    assertEquals("无关     " + "     0     1     0", lines.get(9));
    assertEquals("other    " + "     1     0     0", lines.get(10));
    assertEquals(11, lines.size());
  }

  @Test
  void aLabelThatOccursOnlyAsAPredictionCountsInTheMacroAverage() {
    Evaluation e = new Evaluation(List.of("a", "b", "c"));
    e.add("a", "b");
    // a: gold once, never right, F1 0; b: predicted once, never right, F1 0; c: absent
    assertEquals(List.of("a", "b"), List.copyOf(e.f1s().keySet()));
    assertEquals(0, e.macroF1(), 0);
    e.add("a", "a");
    // a: P 1, R ½, F1 ⅔; b: 0 → mean ⅓
    assertEquals(1 / 3.0, e.macroF1(), 1e-12);
    assertEquals(0, new Evaluation(List.of("a")).macroF1(), 0, "nothing counted");
  }

  @Test
  void charactersFromTheFirstCjkRadicalOnTakeTwoColumns() {
    // U+2E80 is the first of the CJK radicals: two columns, like 科
    Evaluation e = new Evaluation(List.of("\u2E80", "\u2E7F"));
    List<String> lines = e.report().lines().toList();
    assertTrue(lines.get(1).startsWith("\u2E80" + " ".repeat(6) + " " + "    0.000"), lines.get(1));
    assertTrue(lines.get(2).startsWith("\u2E7F" + " ".repeat(7) + " " + "    0.000"), lines.get(2));
  }
}

package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An evaluation of four items whose figures are worked out by hand. */
class EvaluationTest {
  private static Evaluation fourItems() {
    Evaluation e = new Evaluation(List.of("科技", "经济", "其他"));
    e.add("科技", "科技", 0.95); // right
    e.add("科技", "经济", 0.85); // wrong
    e.add("经济", "经济", 0.55); // right
    e.add("经济", "经济", 0.15); // right
    return e;
  }

  @Test
  void precisionRecallF1AndAccuracyOfEachLabel() {
    Evaluation e = fourItems();
    assertEquals(4, e.size());
    assertEquals(0.75, e.accuracy(), 1e-9);
    assertEquals(1.0, e.precision("科技"), 1e-9);
    assertEquals(0.5, e.recall("科技"), 1e-9);
    assertEquals(2 / 3.0, e.f1("科技"), 1e-9);
    assertEquals(2 / 3.0, e.precision("经济"), 1e-9);
    assertEquals(1.0, e.recall("经济"), 1e-9);
    assertEquals(0.8, e.f1("经济"), 1e-9);
    assertEquals(0, e.f1("其他"), "a label never gold nor predicted");
    assertEquals((2 / 3.0 + 0.8) / 2, e.macroF1(), 1e-9, "the mean over the labels that occur");
    assertEquals(List.of("科技", "经济"), List.copyOf(e.f1s().keySet()));
    assertEquals(0.8, e.f1s().get("经济"), 1e-9);
  }

  @Test
  void theCalibrationErrorWeighsEachBinsGapByItsItems() {
    // one item a bin: |0.95-1| + |0.85-0| + |0.55-1| + |0.15-1| = 2.2, over 4 items
    assertEquals(0.55, fourItems().ece(), 1e-9);
    Evaluation two = new Evaluation(List.of("科技", "经济"));
    two.add("科技", "科技", 0.91);
    two.add("科技", "经济", 0.99);
    // one bin of two items: mean confidence 0.95, share right 0.5: a gap of 0.45 for each item
    assertEquals(0.45, two.ece(), 1e-9);
    assertEquals(0, new Evaluation(List.of("科技")).ece());
    assertEquals(0, new Evaluation(List.of("科技")).accuracy());
  }

  @Test
  void theReportAlignsChineseLabelsAndPrintsTheFigures() {
    String report = fourItems().report();
    List<String> lines = report.lines().toList();
    assertEquals("科技" + " ".repeat(9) + "1.000" + " ".repeat(5) + "0.500" + " ".repeat(5) + "0.667" + " ".repeat(6) + "2",
        lines.get(1));
    assertTrue(report.contains("macro-F1 0.733, accuracy 0.750"), report);
    assertTrue(fourItems().reliability().contains("ECE 0.550"));
  }
}

package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.Verdict;
import bulletin.common.profile.BulletinProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainerEvaluateTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();

  @Test
  void anEvaluationCountsEachItemWithItsVerdictsSectionAndConfidence() {
    List<Labelled> items = List.of(
        new Labelled(new Item("甲", "", null, null, null), "科技政策"),
        new Labelled(new Item("乙", "", null, null, null), null),
        new Labelled(new Item("丙", "", null, null, null), "部门动态"));
    Map<String, Verdict> verdicts = Map.of(
        "甲", new Verdict("科技政策", 0.95, Map.of(), List.of(), "m"),
        "乙", new Verdict(null, 0.85, Map.of(), List.of(), "m"),
        "丙", new Verdict(null, 0.35, Map.of(), List.of(), "m"));
    Evaluation e = Trainer.evaluate(PROFILE, items, i -> verdicts.get(i.title()));
    assertEquals(3, e.size());
    assertEquals(2 / 3.0, e.accuracy(), 1e-12);
    assertEquals(1.0, e.recall("无关"), 1e-12, "null on both sides is off-topic");
    assertEquals(0.5, e.precision("无关"), 1e-12);
    assertEquals(0, e.recall("部门动态"), 0);
    // three bins of one item: |0.95 − 1| + |0.85 − 1| + |0.35 − 0| = 0.55, over 3
    assertEquals(0.55 / 3, e.ece(), 1e-12);
    assertEquals("无关", Trainer.label(null));
    assertEquals("科技政策", Trainer.label("科技政策"));
  }

  @Test
  void trainingCountsEveryItemOnceInTheCrossValidatedEvaluation() {
    List<Labelled> corpus = Corpus.read(Path.of("corpus", "train.jsonl")).subList(0, 20);
    Trainer.Trained t = Trainer.train(PROFILE, corpus, "v");
    assertEquals(20, t.crossValidated().size());
    assertEquals("v", t.model().version());
    assertTrue(t.crossValidated().accuracy() > 0.3, t.crossValidated().report());
    assertTrue(t.crossValidatedMacroF1() > 0, "macro-F1 " + t.crossValidatedMacroF1());
  }

  @Test
  void aCorpusItemAsAnEditorsExampleKeepsItsFieldsAndSection() {
    Labelled l = new Labelled(new Item("科技部印发通知", "正文。", "科技部", bulletin.common.record.SourceLevel.NATIONAL, null),
        "科技政策");
    assertEquals(new bulletin.common.record.LabelledExample(1, null, "科技部印发通知", "正文。", "科技部",
        bulletin.common.record.SourceLevel.NATIONAL, "科技政策", "corpus", null), l.example());
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Evaluation;
import bulletin.classifier.train.Labelled;
import bulletin.classifier.train.Trainer;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionModelTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();
  private static final Path CORPUS = Path.of("corpus");

  @Test
  void theBundledModelMeetsTheBarOnTheHeldOutRealItems() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    List<Labelled> heldout = Corpus.read(CORPUS.resolve("heldout.jsonl"));
    Evaluation combined = Trainer.evaluate(PROFILE, heldout, model::classify);
    assertTrue(combined.macroF1() >= 0.82, combined.report());
    assertEquals(8, combined.f1s().size(), "every section and off-topic has held-out items");
    combined.f1s().forEach((section, f1) -> assertTrue(f1 >= 0.72, section + " F1 " + f1 + "\n" + combined.report()));
    assertTrue(combined.ece() <= 0.08, combined.reliability());

    Evaluation rulesOnly = Trainer.evaluate(PROFILE, heldout, new SectionRules(PROFILE)::classify);
    Evaluation ngramsOnly = Trainer.evaluate(PROFILE, heldout,
        i -> new Verdict(model.ngramsOnly(i), 1, Map.of(), List.of(), "nb"));
    assertTrue(combined.macroF1() > rulesOnly.macroF1() + 0.1, "rules only: " + rulesOnly.macroF1());
    assertTrue(combined.macroF1() > ngramsOnly.macroF1() + 0.05, "n-grams only: " + ngramsOnly.macroF1());
  }

  @Test
  void theWrittenItemsStillLandWhereTheyBelong() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Evaluation written = Trainer.evaluate(PROFILE, Corpus.read(CORPUS.resolve("written/heldout.jsonl")), model::classify);
    assertTrue(written.macroF1() >= 0.85, written.report());
  }

  @Test
  @org.junit.jupiter.api.Tag("trains-on-corpus")
  void trainingIsDeterministicAndTheModelFileRoundTrips() throws Exception {
    List<Labelled> train = Corpus.read(CORPUS.resolve("train.jsonl")).subList(0, 200);
    StringWriter first = new StringWriter();
    Trainer.train(PROFILE, train, "v").model().write(first);
    StringWriter second = new StringWriter();
    Trainer.train(PROFILE, train, "v").model().write(second);
    assertEquals(first.toString(), second.toString());

    SectionModel read = SectionModel.read(PROFILE, new BufferedReader(new StringReader(first.toString())));
    StringWriter again = new StringWriter();
    read.write(again);
    assertEquals(first.toString(), again.toString());
  }

  @Test
  void aModelFileForOtherInputsIsRefusedWithWhatToDo() {
    String file = "version\tv\ntemperature\t1.0\ninputs\t3\n";
    var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> SectionModel.read(PROFILE, new BufferedReader(new StringReader(file))));
    assertTrue(e.getMessage().contains("retrain it with `classifier train`"), e.getMessage());
  }

  @Test
  void aCorrectionCountsLikeOneLabelledItemAndCanBeUndone() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Item later = new Item("自治区科技厅调研鄂尔多斯应用技术学院科研平台",
        "自治区科技厅调研组一行到鄂尔多斯应用技术学院调研科研平台工作。", "自治区科技厅", SourceLevel.REGIONAL, null);
    Verdict before = model.classify(later);

    model.learn(new LabelledExample(1, "visit", "自治区科技厅调研鄂尔多斯应用技术学院科研平台建设",
        "近日，自治区科技厅调研组到鄂尔多斯应用技术学院，调研科研平台建设和科技成果转化工作。", "自治区科技厅",
        SourceLevel.REGIONAL, "部门动态", "程继东", Instant.parse("2021-03-24T08:00:00Z")));
    assertEquals(List.of(new Correction("visit", "自治区科技厅调研鄂尔多斯应用技术学院科研平台建设", "部门动态", "程继东",
        Instant.parse("2021-03-24T08:00:00Z"))), model.corrections());
    Verdict learned = model.classify(later);
    assertTrue(learned.scores().get("部门动态") > before.scores().get("部门动态"),
        "the correction pulls a similar item towards its section: " + before.scores() + " → " + learned.scores());
    assertEquals(before.section(), learned.section(), "one correction is one more example, not an override");

    assertTrue(model.forget("visit"));
    assertFalse(model.forget("visit"), "a correction is undone once");
    assertTrue(model.corrections().isEmpty());
    assertEquals(before.scores(), model.classify(later).scores(), "an undone correction no longer influences a later item");
  }

  @Test
  void aNewerCorrectionOfTheSameItemReplacesTheOlderOne() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Item item = new Item("市科技局召开党组会议", "市科技局召开党组会议，研究部署科技工作。", null, null, null);
    Verdict before = model.classify(item);
    LabelledExample first = new LabelledExample(1, "x", item.title(), item.text(), null, null, "他山之石", "a", null);
    model.learn(first);
    model.learn(new LabelledExample(1, "x", item.title(), item.text(), null, null, "部门动态", "b", null));
    assertEquals(1, model.corrections().size());
    assertEquals("部门动态", model.corrections().get(0).section());
    model.forget("x");
    assertEquals(before.scores(), model.classify(item).scores(), "nothing of either correction is left");
  }

  @Test
  void aTemplatesModelTextIsOffTopicWhateverItsSubject() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Verdict v = model.classify(new Item("XX县科技局2021年工作总结和2022年工作打算",
        "2021年，在县委县政府的正确领导下，我局深入实施创新驱动发展战略，全县高新技术企业达到XX家。", null, null, null));
    assertEquals(null, v.section(), v.reasons().toString());
    assertTrue(v.reasons().contains("类型：范文模板（“XX县”）"), v.reasons().toString());
  }

  @Test
  void reasonsNameWhoseNewsAndWhatKindAndTheUnsureFlagFollowsTheConfidence() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Verdict v = model.classify(new Item("兴安盟科技局召开2021年全盟科技工作会议",
        "3月12日，兴安盟科技局召开全盟科技工作会议，总结2020年工作，部署2021年重点任务。", null, null, null));
    assertEquals("科技兴蒙", v.section(), v.reasons().toString());
    assertTrue(v.reasons().contains("属地：兴安盟（区内盟市）"), v.reasons().toString());
    assertTrue(v.reasons().contains("类型：工作会议（“召开”）"), v.reasons().toString());
    assertTrue(v.reasons().stream().anyMatch(r -> r.startsWith("模型：")), v.reasons().toString());
    assertTrue(v.reasons().stream().anyMatch(r -> r.startsWith("依据：")), v.reasons().toString());
    assertEquals(8, v.scores().size(), "every section and off-topic has a score");

    boolean sawUnsure = false;
    for (Labelled l : Corpus.read(CORPUS.resolve("heldout.jsonl"))) {
      Verdict x = model.classify(l.item());
      boolean flagged = x.reasons().get(0).startsWith("置信度低");
      assertEquals(x.confidence() < SectionModel.LOW_CONFIDENCE, flagged, x.confidence() + " " + x.reasons());
      sawUnsure |= flagged;
    }
    assertTrue(sawUnsure, "some held-out items are flagged for an editor");
  }

  @Test
  void aSourcesColumnHintLeansTowardsItsSectionAndSaysSo() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    String title = "自治区科技厅召开科技兴蒙合作项目视频调度会";
    String text = "3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。会议强调，要在落实合作协议和合作项目上下功夫。";
    Verdict plain = model.classify(new Item(title, text, "自治区科技厅", SourceLevel.REGIONAL, null));
    Verdict hinted = model.classify(new Item(title, text, "自治区科技厅", SourceLevel.REGIONAL, "科技兴蒙"));
    assertTrue(hinted.scores().get("科技兴蒙") > plain.scores().get("科技兴蒙"), plain.scores() + " → " + hinted.scores());
    assertEquals("科技兴蒙", hinted.section(), hinted.reasons().toString());
    assertTrue(hinted.reasons().contains("栏目：来源栏目通常供稿【科技兴蒙】(+" + SectionModel.HINT + ")"), hinted.reasons().toString());
    assertFalse(plain.reasons().stream().anyMatch(r -> r.startsWith("栏目：")), plain.reasons().toString());
  }
}

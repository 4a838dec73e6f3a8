package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Evaluation;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionModelTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();
  private static final Path CORPUS = Path.of("corpus");

  @Test
  void theBundledModelMeetsTheBarOnTheHeldOutItems() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    List<LabelledExample> heldout = Corpus.read(CORPUS.resolve("heldout.jsonl"));
    Evaluation combined = Trainer.evaluate(PROFILE, heldout, model::classify);
    assertTrue(combined.macroF1() >= 0.90, combined.report());
    combined.f1s().forEach((section, f1) -> assertTrue(f1 >= 0.80, section + " F1 " + f1 + "\n" + combined.report()));

    Evaluation sourceOnly = Trainer.evaluate(PROFILE, heldout, i -> model.classify(i, new SectionModel.Weights(0, 1, 0), false));
    Evaluation rulesOnly = Trainer.evaluate(PROFILE, heldout, new SectionRules(PROFILE)::classify);
    Evaluation ngramsOnly = Trainer.evaluate(PROFILE, heldout, i -> model.classify(i, new SectionModel.Weights(1, 0, 0), false));
    assertTrue(combined.macroF1() > sourceOnly.macroF1());
    assertTrue(combined.macroF1() > rulesOnly.macroF1());
    assertTrue(combined.macroF1() > ngramsOnly.macroF1(), "each signal adds: " + ngramsOnly.macroF1());
  }

  @Test
  void trainingIsDeterministicAndTheModelFileRoundTrips() throws Exception {
    List<LabelledExample> train = Corpus.read(CORPUS.resolve("train.jsonl")).subList(0, 160);
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
  void anEditorsMoveChangesTheVerdictForASimilarLaterItem() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Item later = new Item("自治区科技厅调研鄂尔多斯应用技术学院科研平台",
        "自治区科技厅调研组一行到鄂尔多斯应用技术学院调研科研平台工作。", "自治区科技厅", SourceLevel.REGIONAL, "科技兴蒙");
    assertNotEquals("部门动态", model.classify(later).section(), "the premise: the model alone files it elsewhere");

    model.learn(new LabelledExample(1, "visit", "自治区科技厅调研鄂尔多斯应用技术学院科研平台建设",
        "近日，自治区科技厅调研组到鄂尔多斯应用技术学院，调研科研平台建设和科技成果转化工作。", "自治区科技厅",
        SourceLevel.REGIONAL, "部门动态", "程继东", Instant.parse("2021-03-24T08:00:00Z")));

    Verdict after = model.classify(later);
    assertEquals("部门动态", after.section());
    assertTrue(after.reasons().get(0).startsWith("编辑程继东曾将相似条目"), after.reasons().toString());
  }

  @Test
  void reasonsNameTheSignalsAndAnUnsureVerdictAsksForAnEditor() {
    SectionModel model = SectionModel.load(PROFILE, Optional.empty());
    Verdict sure = model.classify(new Item("关于发布鄂尔多斯市2021年度第一批科技计划项目申报指南的通知",
        "市科技局、财政局根据征集的科技计划储备项目情况，凝练本年度第一批科技计划项目指南，现予发布。", "市科技局",
        SourceLevel.MUNICIPAL, null));
    assertEquals("科技专项", sure.section());
    assertTrue(sure.reasons().stream().anyMatch(r -> r.startsWith("模型：")), sure.reasons().toString());
    assertTrue(sure.reasons().stream().anyMatch(r -> r.contains("申报指南")), sure.reasons().toString());

    Verdict unsure = model.classify(new Item("会议", "会议召开。", null, null, null));
    if (unsure.confidence() < SectionModel.LOW_CONFIDENCE) {
      assertTrue(unsure.reasons().get(0).startsWith("置信度低"), unsure.reasons().toString());
    }
    assertEquals(8, unsure.scores().size(), "every section and off-topic has a score");
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Labelled;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.SourceLevel;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The column hint for the profile's first section, and the n-gram baseline's answer for off-topic items. */
class SectionModelHintsTest {
  private static final SectionModel MODEL = SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty());

  @Test
  void aHintForTheFirstSectionLeansTowardsItToo() {
    String title = "自治区科技厅召开科技兴蒙合作项目视频调度会";
    String text = "3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。";
    Verdict plain = MODEL.classify(new Item(title, text, "自治区科技厅", SourceLevel.REGIONAL, null));
    Verdict hinted = MODEL.classify(new Item(title, text, "自治区科技厅", SourceLevel.REGIONAL, "高层声音"));
    assertTrue(hinted.scores().get("高层声音") > plain.scores().get("高层声音"), plain.scores() + " → " + hinted.scores());
    assertTrue(hinted.reasons().contains("栏目：来源栏目通常供稿【高层声音】(+" + SectionModel.HINT + ")"), hinted.reasons().toString());
    assertFalse(plain.reasons().stream().anyMatch(r -> r.startsWith("栏目：")), plain.reasons().toString());
  }

  @Test
  void theNgramBaselineNamesSectionsAndGivesNullForOffTopic() {
    int offTopic = 0;
    for (Labelled l : Corpus.read(Path.of("corpus", "heldout.jsonl"))) {
      String s = MODEL.ngramsOnly(l.item());
      assertNotEquals(SectionRules.OFF_TOPIC, s, "off-topic is null, as the model's verdicts have it");
      offTopic += s == null ? 1 : 0;
    }
    assertTrue(offTopic > 0, "some held-out items are off-topic to the n-grams too");
  }
}

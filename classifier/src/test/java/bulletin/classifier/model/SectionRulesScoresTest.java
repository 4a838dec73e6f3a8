package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import bulletin.common.record.SourceLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule model's scores and confidence, worked out by hand on a profile of two sections. */
class SectionRulesScoresTest {
  private static final BulletinProfile BASE = BulletinProfile.defaultProfile();
  private static final BulletinProfile TWO = new BulletinProfile(BASE.masthead(), BASE.issues(),
      List.of(new Section("甲栏", 5, null, List.of("甲", "乙", "丙", "丁", "戊"), List.of("national")),
          new Section("乙栏", 5, null, List.of("己"), List.of())),
      List.of("停水"), List.of("科技"), BASE.footer());
  private final SectionRules rules = new SectionRules(TWO);

  private Verdict classify(String title, String text, SourceLevel level, String hint) {
    return rules.classify(new Item(title, text, "某来源", level, hint));
  }

  @Test
  void hintLevelTitleAndTheFirstThreeTextHitsAddUp() {
    Verdict v = classify("甲科技", "乙丙丁戊己", SourceLevel.NATIONAL, "甲栏");
    // 1.5 (hint) + 1.0 (level) + 2.0 (甲 in the title) + 3 × 0.5 (乙丙丁; 戊 is a fourth text hit)
    assertEquals(Map.of("甲栏", 6.0, "乙栏", 0.5, "无关", 0.0), v.scores());
    assertEquals("甲栏", v.section());
    assertEquals(0.923, v.confidence(), 1e-9); // 6 / 6.5, to three places
    assertEquals(List.of("来源栏目通常供稿【甲栏】(+1.5)", "来源级别 national 倾向【甲栏】(+1.0)",
        "标题含“甲”→【甲栏】(+2.0)", "正文含“乙”→【甲栏】(+0.5)", "正文含“丙”→【甲栏】(+0.5)",
        "正文含“丁”→【甲栏】(+0.5)", "正文含“己”→【乙栏】(+0.5)"), v.reasons());
  }

  @Test
  void aTitleHitIsNotCountedAgainInTheText() {
    Verdict v = classify("甲乙丙丁科技", "甲乙丙丁戊", null, null);
    // four title hits; 戊 the only text hit
    assertEquals(8.5, v.scores().get("甲栏"));
  }

  @Test
  void equalScoresGoToTheProfilesFirstSection() {
    Verdict v = classify("甲己科技", "", null, null);
    assertEquals(2.0, v.scores().get("甲栏"));
    assertEquals(2.0, v.scores().get("乙栏"));
    assertEquals("甲栏", v.section());
    assertEquals(0.5, v.confidence(), 1e-9);
  }

  @Test
  void aBestScoreOfExactlyTheMinimumDecides() {
    Verdict v = classify("科技", "", null, "乙栏");
    assertEquals("乙栏", v.section());
    assertEquals(1.0, v.confidence(), 1e-9);
  }

  @Test
  void aBestScoreUnderTheMinimumIsOffTopicAndSaysSo() {
    Verdict v = classify("科技", "", SourceLevel.NATIONAL, null);
    assertNull(v.section());
    assertEquals(List.of("来源级别 national 倾向【甲栏】(+1.0)", "最高得分 1.0 低于 1.5，判为无关"), v.reasons());
    assertEquals(0.333, v.confidence(), 1e-9); // (1.5 − 1.0) / 1.5
  }

  @Test
  void anOffTopicTitleEqualToTheBestScoreWins() {
    Verdict v = classify("甲乙科技停水", "", null, null);
    assertEquals(Map.of("甲栏", 4.0, "乙栏", 0.0, "无关", 4.0), v.scores());
    assertNull(v.section());
    assertEquals(0.5, v.confidence(), 1e-9); // 4 / 8
    assertEquals("标题含“停水”，不属本刊范围 (+4.0)", v.reasons().get(v.reasons().size() - 1));
  }

  @Test
  void anOffTopicTitleUnderTheBestScoreDoesNot() {
    Verdict v = classify("甲乙丙科技停水", "", null, null);
    assertEquals("甲栏", v.section());
    assertEquals(0.6, v.confidence(), 1e-9); // 6 / 10
  }

  @Test
  void noWordOfScienceAddsTenToOffTopic() {
    Verdict v = classify("甲乙丙", "", null, null);
    assertEquals(10.0, v.scores().get("无关"));
    assertNull(v.section());
    assertEquals(0.625, v.confidence(), 1e-9); // 10 / 16
    assertEquals("标题和正文都没有科技相关词语", v.reasons().get(v.reasons().size() - 1));
  }

  @Test
  void aWordOfScienceInTheTextAloneIsEnough() {
    Verdict v = classify("甲", "科技", null, null);
    assertEquals(0.0, v.scores().get("无关"));
    assertEquals("甲栏", v.section());
  }

  @Test
  void nothingScoredAtAllIsOffTopicWithFullConfidence() {
    Verdict v = classify("科技", "", null, null);
    assertEquals(Map.of("甲栏", 0.0, "乙栏", 0.0, "无关", 0.0), v.scores());
    assertNull(v.section());
    assertEquals(1.0, v.confidence(), 1e-9);
    assertEquals(List.of(), v.reasons());
  }

  @Test
  void aConfidenceIsRoundedToThreePlaces() {
    Verdict v = classify("甲科技", "己", SourceLevel.NATIONAL, null);
    // 甲栏 3.0 of 3.5
    assertEquals(0.857, v.confidence(), 1e-12);
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.classifier.cue.Cues;
import bulletin.classifier.cue.Genre;
import bulletin.classifier.cue.Locus;
import bulletin.common.record.SourceLevel;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each cue lands on the input that names it, and nothing else is set. */
class FeaturesTest {
  private final Features features = new Features(java.util.List.of("甲栏", "乙栏", "无关"));

  /** The inputs of an item that are not zero, by name. */
  private Map<String, Double> set(double[] x) {
    assertEquals(features.size(), x.length);
    Map<String, Double> out = new TreeMap<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] != 0) {
        out.put(features.name(i), x[i]);
      }
    }
    return out;
  }

  private static final float[] NO_MEANING = new float[Meaning.SIZE];

  @Test
  void everyCueLandsOnTheInputNamedAfterIt() {
    Cues cues = new Cues(Locus.REGION, "自治区", Genre.MEETING, "会议", Set.of(Locus.REGION, Locus.LEAGUE),
        Set.of(Locus.ORDOS), Locus.NATIONAL, Set.of(Genre.CALL), Set.of(Genre.EVENT, Genre.MEETING),
        Set.of("标题企业", "导语高校院所"));
    float[] meaning = new float[Meaning.SIZE];
    meaning[0] = 0.5f;
    meaning[Meaning.SIZE - 1] = -0.25f;
    double[] x = features.of(cues, SourceLevel.MUNICIPAL, new Features.Topicality(true, false, true), true,
        new double[] {-0.5, -2.0, -3.5}, meaning);

    Map<String, Double> expected = new TreeMap<>();
    expected.put("bias", 1.0);
    expected.put("属地=自治区", 1.0);
    expected.put("类型=工作会议", 1.0);
    expected.put("属地×类型=自治区×工作会议", 1.0);
    expected.put("标题提及=自治区", 1.0);
    expected.put("标题提及=区内盟市", 1.0);
    expected.put("导语提及=鄂尔多斯", 1.0);
    expected.put("属地×另提及=自治区×区内盟市", 1.0);
    expected.put("属地×另提及=自治区×鄂尔多斯", 1.0);
    expected.put("网站=国家部委", 1.0);
    expected.put("标题类型词=申报评审", 1.0);
    expected.put("导语类型词=培训活动", 1.0);
    expected.put("导语类型词=工作会议", 1.0);
    expected.put("来源级别=municipal", 1.0);
    expected.put("标题企业", 1.0);
    expected.put("导语高校院所", 1.0);
    expected.put("属地×伙伴=自治区×标题企业", 1.0);
    expected.put("属地×伙伴=自治区×导语高校院所", 1.0);
    expected.put("标题含科技词", 1.0);
    expected.put("标题含无关词", 1.0);
    expected.put("仅标题", 1.0);
    expected.put("模型=甲栏", -0.5);
    expected.put("模型=乙栏", -2.0);
    expected.put("模型=无关", -3.5);
    expected.put("语义维度0", 0.5 * Features.MEANING_SCALE);
    expected.put("语义维度" + (Meaning.SIZE - 1), -0.25 * Features.MEANING_SCALE);
    assertEquals(expected, set(x));
  }

  @Test
  void theLastLocusAndGenrePairLandsOnTheLastPairInput() {
    Cues cues = new Cues(Locus.UNKNOWN, null, Genre.OTHER, null, Set.of(Locus.ABROAD), Set.of(Locus.UNKNOWN),
        Locus.ABROAD, Set.of(), Set.of(Genre.OTHER), Set.of("导语企业"));
    double[] x = features.of(cues, SourceLevel.values()[SourceLevel.values().length - 1],
        new Features.Topicality(false, true, false), false, new double[] {0, 0, -1}, NO_MEANING);

    Map<String, Double> expected = new TreeMap<>();
    expected.put("bias", 1.0);
    expected.put("属地=未识别", 1.0);
    expected.put("类型=未识别", 1.0);
    expected.put("属地×类型=未识别×未识别", 1.0);
    expected.put("标题提及=境外", 1.0);
    expected.put("导语提及=未识别", 1.0);
    expected.put("属地×另提及=未识别×境外", 1.0);
    expected.put("网站=境外", 1.0);
    expected.put("导语类型词=未识别", 1.0);
    expected.put("来源级别=" + SourceLevel.values()[SourceLevel.values().length - 1].wireName(), 1.0);
    expected.put("导语企业", 1.0);
    expected.put("属地×伙伴=未识别×导语企业", 1.0);
    expected.put("导语含科技词", 1.0);
    expected.put("模型=无关", -1.0);
    assertEquals(expected, set(x));
  }

  @Test
  void anUnknownHostAndAnUnknownLevelAreNoInput() {
    Cues cues = new Cues(Locus.BUREAU, "市科技局", Genre.PARTY, "党组", Set.of(), Set.of(), Locus.UNKNOWN,
        Set.of(), Set.of(), Set.of());
    double[] x = features.of(cues, null, new Features.Topicality(false, false, false), false,
        new double[] {-1, -1, -1}, NO_MEANING);

    Map<String, Double> expected = new TreeMap<>();
    expected.put("bias", 1.0);
    expected.put("属地=市科技局", 1.0);
    expected.put("类型=党建学习", 1.0);
    expected.put("属地×类型=市科技局×党建学习", 1.0);
    expected.put("模型=甲栏", -1.0);
    expected.put("模型=乙栏", -1.0);
    expected.put("模型=无关", -1.0);
    assertEquals(expected, set(x));
  }

  @Test
  void everyInputHasItsOwnName() {
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < features.size(); i++) {
      names.add(features.name(i));
    }
    assertEquals(features.size(), names.size());
    // bias; 9 loci, 14 genres, their pairs; mentions, host and genre words; locus pairs; partners;
    // the levels and 未知; 4 partners and 4 flags; one n-gram belief per label; the meaning's numbers
    int levels = SourceLevel.values().length + 1;
    assertEquals(1 + 9 + 14 + 9 * 14 + 9 + 9 + 9 + 14 + 14 + 9 * 9 + 9 * 4 + levels + 4 + 4 + 3 + Meaning.SIZE,
        features.size());
  }
}

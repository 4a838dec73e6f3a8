package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.SourceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionRulesTest {
  private final SectionRules rules = new SectionRules(BulletinProfile.defaultProfile());

  @ParameterizedTest(name = "{0} → {4}")
  @CsvSource(delimiter = '|', value = {
      "《求是》杂志发表习近平总书记重要文章《努力成为世界主要科学中心和创新高地》|文章强调，科学技术从来没有像今天这样深刻影响着国家前途命运。|求是|leadership|高层声音",
      "科技部将推进“十四五”东西部科技创新合作行动|科技部3月10日消息称，将在“十四五”时期开展东西部科技创新合作行动。|科技部|national|科技政策",
      "自治区科技厅调度推进科技兴蒙合作项目|3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。|自治区科技厅|regional|科技兴蒙",
      "关于发布鄂尔多斯市2021年度第一批科技计划项目申报指南的通知|市科技局、财政局凝练本年度第一批科技计划项目指南。|市科技局|municipal|科技专项",
      "一批项目签约落地准旗|准旗举行与西北农林科技大学合作项目揭牌签约仪式，助推农牧业科技创新。|准格尔报社|municipal|科技合作",
      "巧借退休人员解决企业技术难题|安徽省铜陵市以政策引导，借智长三角高层次退休人才，解决技术难题340余个。|安徽科技厅|peer|他山之石",
      "市科技局召开2021年第3次党组（扩大）会议|3月9日，市科技局召开党组（扩大）会议，部署推进“科技兴蒙”行动。|市科技局|municipal|部门动态"})
  void theModelIssuesItemsLandInTheirSections(String title, String text, String source, String level, String expected) {
    Verdict v = rules.classify(new Item(title, text, source, SourceLevel.parse(level), null));
    assertEquals(expected, v.section(), v.reasons().toString());
    assertEquals(SectionRules.VERSION, v.model());
    assertTrue(v.confidence() > 0 && v.confidence() <= 1);
  }

  @Test
  void aSourceHintLeansButDoesNotDecideAlone() {
    Verdict v = rules.classify(new Item("关于G109线部分路段实施养护施工的通告", "因道路养护施工，实行交通管制。",
        "准格尔报社", SourceLevel.MUNICIPAL, "科技合作"));
    assertNull(v.section(), v.reasons().toString());
    assertTrue(v.reasons().stream().anyMatch(r -> r.contains("养护施工")), v.reasons().toString());
  }

  @Test
  void anItemWithNoWordOfScienceIsOffTopic() {
    Verdict v = rules.classify(new Item("市政府召开春季森林草原防火工作会议", "会议部署全市森林草原防火工作。",
        "市政府", SourceLevel.MUNICIPAL, null));
    assertNull(v.section());
    assertTrue(v.reasons().contains("标题和正文都没有科技相关词语"), v.reasons().toString());
  }

  @Test
  void reasonsNameTheRulesThatDecided() {
    Verdict v = rules.classify(new Item("科技部关于发布国家重点研发计划重点专项2021年度项目申报指南的通知",
        "现将重点专项2021年度项目申报指南予以发布。", "科技部", SourceLevel.NATIONAL, "科技政策"));
    assertEquals("科技专项", v.section(), v.reasons().toString());
    assertTrue(v.reasons().contains("标题含“申报指南”→【科技专项】(+2.0)"), v.reasons().toString());
    assertTrue(v.reasons().contains("来源栏目通常供稿【科技政策】(+1.5)"), v.reasons().toString());
    assertTrue(v.scores().get("科技专项") > v.scores().get("科技政策"));
  }
}

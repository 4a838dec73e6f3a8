package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.SourceLevel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two sections the labelling policy closes to some items, whatever their words. */
class PolicyRulesTest {
  private static final SectionModel MODEL = SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty());

  @Test
  void theLeadershipsNonScienceBusinessIsNotHighLevelVoices() {
    Verdict v = MODEL.classify(new Item("国家主席同某国总统互致口信",
        "新华社北京3月22日电 近日，国家主席习近平同某国总统互致口信，表示愿同对方一道推动两国关系发展，为两国人民带来更多福祉。",
        "新华社", SourceLevel.LEADERSHIP, null, "http://www.news.cn/politics/leaders/x.htm"));
    assertNotEquals("高层声音", v.section(), v.reasons().toString());
    assertTrue(v.reasons().stream().anyMatch(r -> r.startsWith("类型：非科技事务")), v.reasons().toString());
    assertTrue(v.scores().get("高层声音") == 0.0, v.scores().toString());
  }

  @Test
  void anotherLeaguesBureauMeetingIsNotTheBureausOwnNews() {
    Verdict v = MODEL.classify(new Item("兴安盟科技局召开2021年科技工作会议",
        "3月10日，兴安盟科技局召开2021年全盟科技工作会议，总结2020年工作，部署2021年重点任务。",
        "兴安盟科学技术局", SourceLevel.PEER, null, "http://kjj.xam.gov.cn/x.html"));
    assertNotEquals("部门动态", v.section(), v.reasons().toString());
    assertTrue(v.scores().get("部门动态") == 0.0, v.scores().toString());
  }
}

package bulletin.assembler.draft;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.SourceLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories kept between drafts are the stories a draft built afresh would find. */
class StoryIndexTest {
  private final IssuePlan plan = new IssuePlan(1, LocalDate.of(2021, 3, 25), LocalDate.of(2021, 2, 26), false);

  private static final String TEXT = "将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、"
      + "海南开放合作、东西部科技合作信息共享等重点工作。";

  private final ClassifiedAnnouncement ministry = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10",
      "科技部将推进“十四五”东西部科技创新合作行动", "科技部3月10日消息称，" + TEXT + "现已启动行动方案的编制工作。");
  private final ClassifiedAnnouncement repost = item("b", "科技政策", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-11",
      "科技部推进“十四五”东西部科技创新合作行动", "记者从科技部获悉，" + TEXT + "行动方案的编制工作已经启动。");
  private final ClassifiedAnnouncement other = item("c", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-12",
      "科技部发布科技伦理审查办法", "科技部近日发布科技伦理审查办法（试行），明确高校、科研机构等单位应设立科技伦理委员会。");

  @Test
  void theStoriesDoNotDependOnTheOrderTheReportsCameIn() {
    List<List<String>> forward = stories(List.of(ministry, repost, other));
    List<List<String>> backward = stories(List.of(other, repost, ministry));
    assertEquals(List.of(List.of("a", "b"), List.of("c")), forward);
    assertEquals(forward, backward);
  }

  @Test
  void aDraftUpdatedReportByReportEqualsADraftBuiltAfreshAlsoWhenAReportLeaves() {
    DraftBuilder kept = new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160));
    List<ClassifiedAnnouncement> candidates = new ArrayList<>();
    for (ClassifiedAnnouncement a : List.of(other, repost, ministry)) {
      candidates.add(a);
      assertEquals(afresh(candidates), kept.build(plan, IssueState.empty(), candidates));
    }
    candidates.remove(ministry); // left the issue: the repost prints alone
    Draft without = kept.build(plan, IssueState.empty(), candidates);
    assertEquals(afresh(candidates), without);
    assertEquals(List.of(List.of("c"), List.of("b")),
        without.sections().get(1).items().stream().map(i -> i.itemIds()).toList());
  }

  private Draft afresh(List<ClassifiedAnnouncement> candidates) {
    return new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160))
        .build(plan, IssueState.empty(), candidates);
  }

  private static List<List<String>> stories(List<ClassifiedAnnouncement> reports) {
    StoryIndex<String> index = new StoryIndex<>();
    reports.forEach(r -> index.add(r.id(), NearDuplicates.Fingerprint.of(r.title(), r.text())));
    List<List<String>> out = new ArrayList<>();
    for (List<String> story : index.stories()) {
      out.add(story.stream().sorted().toList());
    }
    out.sort(Comparator.comparing(st -> st.get(0)));
    return out;
  }
}

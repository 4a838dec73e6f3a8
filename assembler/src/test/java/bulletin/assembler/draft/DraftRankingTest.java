package bulletin.assembler.draft;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.assembler.issue.IssuePlan;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.SourceLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's score worked out by hand, the stories a section keeps, and the order of a story's reports. */
class DraftRankingTest {
  /** March 2021: a window of 30 days. */
  private static final IssuePlan MARCH = new IssuePlan(3, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 1), false);

  private static ClassifiedAnnouncement report(String id, SourceLevel level) {
    return item(id, "科技政策", level, "来源" + id, "2021-03-16", "标题" + id, "正文" + id + "。");
  }

  private static DraftBuilder.Story story(String id, double score) {
    return new DraftBuilder.Story(List.of(report(id, SourceLevel.REGIONAL)), score);
  }

  private static List<String> ids(List<DraftBuilder.Story> stories) {
    return stories.stream().map(st -> st.lead().id()).toList();
  }

  @Test
  void aStoryScoresAuthoritySalienceConfidenceAndRecency() {
    // national lead: authority 5 − 1 − 1 = 3; three reports: salience 1.0; confidence 0.8;
    // published 15 days before the issue date in a 30-day window: recency 0.5
    List<ClassifiedAnnouncement> three = List.of(report("a", SourceLevel.NATIONAL), report("b", SourceLevel.REGIONAL),
        report("c", SourceLevel.PEER));
    assertEquals(3 + 1.0 + 0.8 + 0.5, DraftBuilder.score(three, LocalDate.of(2021, 3, 16), MARCH), 1e-12);
    // one peer report (authority 0, no salience) on the issue date (recency 1)
    assertEquals(0 + 0 + 0.8 + 1, DraftBuilder.score(List.of(report("d", SourceLevel.PEER)), LocalDate.of(2021, 3, 31), MARCH),
        1e-12);
    // a leadership report older than the window: recency 0, not negative
    assertEquals(4 + 0 + 0.8 + 0, DraftBuilder.score(List.of(report("e", SourceLevel.LEADERSHIP)), LocalDate.of(2021, 1, 1),
        MARCH), 1e-12);
    // a one-day issue: its window is counted as one day
    IssuePlan oneDay = new IssuePlan(1, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 31), false);
    assertEquals(2 + 0 + 0.8 + 1, DraftBuilder.score(List.of(report("f", SourceLevel.REGIONAL)), LocalDate.of(2021, 3, 31),
        oneDay), 1e-12);
  }

  @Test
  void theBestStoriesComeHighestScoreFirstThenByTheLeadsId() {
    List<DraftBuilder.Story> stories = List.of(story("s1", 1), story("s5b", 5), story("s3", 3), story("s5a", 5), story("s2", 2));
    assertEquals(List.of("s5a", "s5b"), ids(DraftBuilder.best(stories, 2)));
    assertEquals(List.of("s5a", "s5b", "s3"), ids(DraftBuilder.best(stories, 3)));
    assertEquals(List.of("s5a", "s5b", "s3", "s2", "s1"), ids(DraftBuilder.best(stories, 9)), "fewer than k: all, ranked");
    // three tie at the k-th score: the first two by id
    List<DraftBuilder.Story> ties = List.of(story("t3", 4), story("t1", 4), story("t0", 1), story("t2", 4));
    assertEquals(List.of("t1", "t2"), ids(DraftBuilder.best(ties, 2)));
    assertEquals(List.of(), DraftBuilder.best(new ArrayList<>(), 3));
    // the third best score is 3, whatever the order the stories come in
    List<DraftBuilder.Story> mixed = List.of(story("m1", 1), story("m2", 2), story("m9", 9), story("m3", 3), story("m4", 4));
    assertEquals(List.of("m9", "m4", "m3"), ids(DraftBuilder.best(mixed, 3)));
  }

  @Test
  void aStorysReportsGoMostAuthoritativeFirstThenMoreConfidentThenEarlierThenById() {
    List<ClassifiedAnnouncement> reports = new ArrayList<>(List.of(report("p", SourceLevel.PEER),
        report("r2", SourceLevel.REGIONAL), report("n", SourceLevel.NATIONAL), report("r1", SourceLevel.REGIONAL)));
    reports.sort(DraftBuilder.AUTHORITY);
    assertEquals(List.of("n", "r1", "r2", "p"), reports.stream().map(ClassifiedAnnouncement::id).toList());
  }
}

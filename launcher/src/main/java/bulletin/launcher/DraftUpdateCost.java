package bulletin.launcher;

import bulletin.assembler.draft.BulletinStyle;
import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Announcement;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.LabelledExample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one draft update costs as an issue's candidates grow: the assembler holds an open issue's
 * items in memory and remembers their fingerprints, so an update places every candidate and
 * clusters each section again, but fingerprints only the new item.
 */
final class DraftUpdateCost {
  /** One size's figures: the first draft (every item fingerprinted) and the median later update. */
  record Row(int candidates, double firstDraftSeconds, double updateMillis) {}

  private DraftUpdateCost() {}

  static Row measure(List<LabelledExample> corpus, int candidates) {
    BulletinProfile profile = BulletinProfile.defaultProfile();
    IssuePlan plan = new IssueCalendar(profile.issues()).issueFor(LocalDate.parse("2021-03-25"));
    List<Announcement> raw = SyntheticItems.make(corpus, candidates + 5, candidates);
    List<ClassifiedAnnouncement> items = new ArrayList<>(candidates + 5);
    for (int i = 0; i < raw.size(); i++) {
      String section = corpus.get(i % corpus.size()).section();
      items.add(ClassifiedAnnouncement.of(raw.get(i), section, 0.9, Map.of(), List.of(), "bench"));
    }
    DraftBuilder builder = new DraftBuilder(profile, new BulletinStyle(300));
    IssueState state = IssueState.empty();
    List<ClassifiedAnnouncement> held = new ArrayList<>(items.subList(0, candidates));
    long t0 = System.nanoTime();
    builder.build(plan, state, held);
    double first = (System.nanoTime() - t0) / 1e9;
    double[] updates = new double[5];
    for (int k = 0; k < updates.length; k++) {
      held.add(items.get(candidates + k));
      long t = System.nanoTime();
      builder.build(plan, state, held);
      updates[k] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(updates);
    return new Row(candidates, first, updates[updates.length / 2]);
  }
}

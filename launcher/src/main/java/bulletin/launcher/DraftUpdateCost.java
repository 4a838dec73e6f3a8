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
 * items in memory, remembers their fingerprints and
 * keeps its stories, so an update fingerprints the new item, compares it with the items sharing a
 * band of its fingerprint, and ranks and places every story again. Run alone (the sizes default to
 * the bench's) from the repository root:
 * {@code java -cp "launcher/target/launcher.jar:launcher/target/lib/*" bulletin.launcher.DraftUpdateCost 10000 100000}.
 */
final class DraftUpdateCost {
  /**
   * One size's figures: the first draft (every item fingerprinted) and the median of the measured
   * updates, in time elapsed and in the building thread's CPU time (which a busy machine inflates
   * less).
   */
  record Row(int candidates, double firstDraftSeconds, double updateMillis, double updateCpuMillis) {}

  /**
   * Updates made and not measured before the measured ones: a running assembler's draft code is
   * compiled, and the first updates after the first build measure the JIT compiler as much as the
   * update (before 2026-11-30 evening the five updates right after the first build were measured).
   */
  static final int WARM_UPDATES = 10;
  /** Updates measured, each adding one item; their median is reported. */
  static final int UPDATES = 9;

  /** The bench's sizes. */
  static final List<Integer> CANDIDATES = List.of(1_000, 10_000, 100_000);

  private DraftUpdateCost() {}

  public static void main(String[] args) {
    List<LabelledExample> corpus = bulletin.classifier.train.Corpus.read(java.nio.file.Path.of(
        "classifier/corpus/train.jsonl")).stream().map(bulletin.classifier.train.Labelled::example).toList();
    List<Integer> sizes = args.length == 0 ? CANDIDATES : Arrays.stream(args).map(Integer::valueOf).toList();
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      rows.add(measure(corpus, n));
    }
    print(rows, System.out);
  }

  /** The table of the bench's output. */
  static void print(List<Row> rows, java.io.PrintStream out) {
    out.printf("%-34s %16s %16s %16s%n", "draft update", "first draft s", "one update ms", "update CPU ms");
    for (Row r : rows) {
      out.printf("%-34s %16.2f %16.1f %16.1f%n", String.format("%,d candidates", r.candidates()), r.firstDraftSeconds(),
          r.updateMillis(), r.updateCpuMillis());
    }
  }

  static Row measure(List<LabelledExample> corpus, int candidates) {
    BulletinProfile profile = BulletinProfile.defaultProfile();
    IssuePlan plan = new IssueCalendar(profile.issues()).issueFor(LocalDate.parse("2021-03-25"));
    List<Announcement> raw = SyntheticItems.make(corpus, candidates + WARM_UPDATES + UPDATES, candidates);
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
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int k = 0; k < WARM_UPDATES; k++) {
      held.add(items.get(candidates + k));
      builder.build(plan, state, held);
    }
    double[] updates = new double[UPDATES];
    double[] cpu = new double[updates.length];
    for (int k = 0; k < updates.length; k++) {
      held.add(items.get(candidates + WARM_UPDATES + k));
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      builder.build(plan, state, held);
      updates[k] = (System.nanoTime() - t) / 1e6;
      cpu[k] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(updates);
    Arrays.sort(cpu);
    return new Row(candidates, first, updates[updates.length / 2], cpu[cpu.length / 2]);
  }
}

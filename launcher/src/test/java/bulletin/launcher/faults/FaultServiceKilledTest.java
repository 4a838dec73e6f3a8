package bulletin.launcher.faults;

import bulletin.common.record.Announcement;
import bulletin.common.record.Draft;
import bulletin.testkit.SharedKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classifier and the assembler run as processes of their own and are killed with SIGKILL while
 * items flow through them, then started again with the same application ids and state folders;
 * exactly-once processing keeps every item in the draft, once.
 */
class FaultServiceKilledTest {

  @Test
  void itemsFlowingWhenTheClassifierAndAssemblerAreKilledAreDraftedOnce(@TempDir Path dir) throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = FaultKit.run();
    List<Announcement> before = FaultItems.batch("killed-" + run, 40, 30);
    List<Announcement> during = FaultItems.batch("killed-" + run, 70, 20);
    List<Announcement> all = new ArrayList<>(before);
    all.addAll(during);
    FaultKit.assertDistinctStories(all);
    Set<String> ids = FaultKit.ids(all);
    Set<String> firstIds = FaultKit.ids(before);

    Map<String, String> common = Map.of("kafka.bootstrap", bootstrap, "topics.partitions", "1", "metrics.port", "-1");
    try (ChildService classifier = new ChildService("classifier", "bulletin.classifier.ClassifierMain",
            with(common, "streams.application-id", "classifier-killed-" + run, "streams.state-dir",
                dir.resolve("classifier-state").toString()), dir);
        ChildService assembler = new ChildService("assembler", "bulletin.assembler.AssemblerMain",
            with(with(common, "streams.application-id", "assembler-killed-" + run, "streams.state-dir",
                dir.resolve("assembler-state").toString()), "output.dir", ""), dir);
        var producer = FaultKit.announcementProducer(bootstrap)) {
      classifier.start();
      assembler.start();
      classifier.awaitReady(FaultKit.WAIT);
      assembler.awaitReady(FaultKit.WAIT);

      long draftedAtKill;
      long recovered;
      Draft d;
      try (var drafts = new FaultKit.DraftWatch(bootstrap)) {
        FaultKit.send(producer, before);
        // Both are killed as soon as the first item reaches a draft: the rest are somewhere
        // between announcements.raw, an open transaction and the assembler's state.
        draftedAtKill = drafts.awaitAtLeast(firstIds, 1, FaultKit.WAIT);
        classifier.kill();
        assembler.kill();
        FaultKit.send(producer, during);
        classifier.start();
        assembler.start();
        long restarted = System.nanoTime();
        // Most of the time to recover is the groups' session timeout (streams.session-timeout, 10 s):
        // the killed members never left, so the restarted ones get their partitions once the broker
        // gives up on them.
        classifier.awaitReady(FaultKit.WAIT);
        assembler.awaitReady(FaultKit.WAIT);
        d = drafts.awaitHolding(ids, FaultKit.WAIT);
        recovered = System.nanoTime() - restarted;
      }
      FaultKit.Figures f = FaultKit.assertDraftedOnce(bootstrap, d.issueId(), ids);
      FaultKit.print("services-killed", f, "killed with " + draftedAtKill + " of the first " + before.size()
          + " drafted", recovered);
    }
  }

  private static Map<String, String> with(Map<String, String> m, String... kv) {
    Map<String, String> out = new java.util.LinkedHashMap<>(m);
    for (int i = 0; i < kv.length; i += 2) {
      out.put(kv[i], kv[i + 1]);
    }
    return out;
  }
}

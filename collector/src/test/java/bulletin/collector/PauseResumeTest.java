package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.cli.Cli;
import bulletin.common.record.Announcement;
import bulletin.testkit.Await;
import bulletin.testkit.ChildJvm;
import bulletin.testkit.SharedKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ops pause a source and resume it with {@code collector pause} and {@code resume}; a running collector follows. */
class PauseResumeTest {
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String group = "pause-" + run;

  /** What a command printed and its exit code. */
  private record Outcome(int code, String out, String err) {}

  private Outcome collector(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--set", "kafka.bootstrap=" + SharedKafka.bootstrapServers(), "--set", "collector.group=" + group));
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Cli.run(new CollectorMain(), all.toArray(String[]::new));
      return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static boolean emitted(TinySites sites, String sourceId, int items) {
    return sites.emitted().stream().map(Announcement::sourceId).filter(sourceId::equals).count() == items;
  }

  private static String lineOf(String printed, String sourceId) {
    return printed.lines().filter(l -> l.startsWith(sourceId + " ")).findFirst().orElse("(no line for " + sourceId + ")");
  }

  @Test
  void aPausedSourceIsNotPolledUntilItIsResumedAndTheListingsShowIt(@TempDir Path dir) throws Exception {
    ScaleOutTest.assumeOwnBroker();
    String paused = "pause-" + run + "-p";
    String other = "pause-" + run + "-q";
    String instance = "pause-x-" + run;
    try (TinySites sites = TinySites.start(List.of(paused, other), dir);
        ChildJvm collector = ScaleOutTest.collectorRun(dir, ScaleOutTest.settings(group, instance, -1),
            dir.resolve("collector.log"))) {
      Await.until("both sources are polled", Duration.ofSeconds(60), () -> {
        collector.requireAlive();
        return emitted(sites, paused, 1) && emitted(sites, other, 1);
      });

      Outcome pause = collector("pause", paused, "--reason", "站点改版，暂停采集", "--by", "ops-test");
      assertEquals(0, pause.code(), pause.err());
      assertTrue(pause.out().contains("paused since"), pause.out());
      int otherPolls = sites.polls(other);
      Await.until("the other source is polled twice more", Duration.ofSeconds(20),
          () -> sites.polls(other) >= otherPolls + 2);
      int pausedPolls = sites.polls(paused);
      sites.addItem(paused);
      int otherPollsLater = sites.polls(other);
      Await.until("the other source is polled three times more", Duration.ofSeconds(20),
          () -> sites.polls(other) >= otherPollsLater + 3);
      assertEquals(pausedPolls, sites.polls(paused), "the paused source is not polled");
      assertTrue(emitted(sites, paused, 1), "its new item waits");

      Outcome list = collector("sources", "list");
      assertEquals(0, list.code(), list.err());
      String pausedLine = lineOf(list.out(), paused);
      assertTrue(pausedLine.contains(instance) && pausedLine.contains("paused since") && pausedLine.contains("by ops-test")
          && pausedLine.contains("站点改版，暂停采集"), list.out());
      assertTrue(lineOf(list.out(), other).contains(instance) && lineOf(list.out(), other).endsWith("polled"), list.out());
      Outcome health = collector("health");
      assertTrue(health.out().lines().anyMatch(l -> l.startsWith("PAUSED") && l.contains(paused)), health.out());

      Outcome resume = collector("resume", paused, "--by", "ops-test");
      assertEquals(0, resume.code(), resume.err());
      Await.until("the resumed source is polled and its new item emitted", Duration.ofSeconds(20),
          () -> sites.polls(paused) > pausedPolls && emitted(sites, paused, 2));
      assertFalse(lineOf(collector("sources", "list").out(), paused).contains("paused"));

      Outcome publish = collector("sources", "publish", "--sources", dir.toString());
      assertEquals(0, publish.code(), publish.err());
      assertTrue(publish.out().contains("0 added, 0 changed, 0 removed, 2 unchanged"), publish.out());
    } finally {
      ScaleOutTest.unlist(List.of(paused, other));
    }
  }

  @Test
  void pausingAnUnknownSourceOrWithoutAReasonSaysWhatIsWrongWithoutAStackTrace() {
    Outcome unknown = collector("pause", "no-such-source-" + run, "--reason", "测试");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("error: no source 'no-such-source-" + run + "' is listed on collector.sources"),
        unknown.err());

    Outcome noReason = collector("pause", "some-source");
    assertEquals(2, noReason.code());
    assertTrue(noReason.err().contains("Missing required option: '--reason=TEXT'") && noReason.err().contains("Usage:"),
        noReason.err());

    Outcome blankReason = collector("pause", "some-source", "--reason", " ");
    assertEquals(2, blankReason.code());
    assertTrue(blankReason.err().contains("--reason is blank"), blankReason.err());

    Outcome resumeNothing = collector("resume");
    assertEquals(2, resumeNothing.code());
    assertTrue(resumeNothing.err().contains("Missing required parameter: 'SOURCE_ID'"), resumeNothing.err());

    for (Outcome o : List.of(unknown, noReason, blankReason, resumeNothing)) {
      assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
    }
  }
}

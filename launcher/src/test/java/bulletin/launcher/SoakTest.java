package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Five weeks of running on a simulated clock, through the command ops call: every collected item
 * is published or set aside with a reason, none is printed twice, the broker and the services
 * restart along the way, and the sources that fell quiet are flagged as stale.
 */
class SoakTest {
  private static final Pattern LINE = Pattern.compile(
      "soak: 35 days, issues published (\\d+), items (\\d+), lost (\\d+), doubled (\\d+), stale sources flagged (\\d+) of (\\d+)");

  @Test
  void thirtyFiveDaysLoseNothingAndDoubleNothing() {
    CommandRun run;
    String home = System.getProperty("bulletin.home");
    System.setProperty("bulletin.home", ".."); // the project, where ./bulletin would run it
    try {
      run = CommandRun.of(new Launcher(), "soak", "--days", "35");
    } finally {
      if (home == null) {
        System.clearProperty("bulletin.home");
      } else {
        System.setProperty("bulletin.home", home);
      }
    }
    List<String> lines = run.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    System.out.println(last);
    Matcher m = LINE.matcher(last);
    assertTrue(m.matches(), run.toString());
    assertEquals(0, run.code(), run.toString());
    assertEquals("1", m.group(1), "the run ends on 第 1 期's date");
    assertTrue(Integer.parseInt(m.group(2)) >= 150, "six sources a day, two quiet for ten: " + last);
    assertEquals("0", m.group(3), "lost");
    assertEquals("0", m.group(4), "doubled");
    assertEquals("2", m.group(6), "two sources fall quiet");
    assertEquals("2", m.group(5), "both are flagged");
    assertTrue(run.out().contains("the broker restarts"), run.out());
  }

  @Test
  void aSoakShorterThanAnIssueIsRefusedWithItsReason() {
    CommandRun run = CommandRun.of(new Launcher(), "soak", "--days", "5");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().startsWith("error: --days 5 is too short: a soak needs at least 20 days, for an issue and for "
        + "sources to fall quiet"), run.err());
    assertTrue(run.err().contains("Usage: bulletin soak"), run.err());
  }
}

package bulletin.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classifier's offline commands as a user runs them: exit codes, output and error messages. */
class ClassifierCommandsTest {

  @Test
  void classifyAnswersEachGoodLineInItsFormatAndNamesEachBadOne() {
    String input = """
        {"title":"兴安盟科技局召开2021年全盟科技工作会议","text":"3月12日，兴安盟科技局召开全盟科技工作会议。","url":"http://kjj.xam.gov.cn/a.html"}

        {"title": 不是JSON
        ["a list"]
        {"url":"http://example.org/"}
        {"title":"关于组织申报2022年度国家重点研发计划的通知","text":""}
        """;
    CommandRun run = CommandRun.withInput(input, new ClassifierMain(), "classify");

    assertEquals(1, run.code(), run.toString());
    String[] lines = run.out().strip().split("\n");
    assertEquals(2, lines.length, run.toString());
    assertTrue(lines[0].startsWith("{\"title\":\"兴安盟科技局召开2021年全盟科技工作会议\""), lines[0]);
    assertTrue(lines[0].contains("\"url\":\"http://kjj.xam.gov.cn/a.html\""), lines[0]);
    assertTrue(lines[0].contains("\"section\":\"科技兴蒙\""), lines[0]);
    assertTrue(lines[0].contains("\"confidence\":"), lines[0]);
    assertTrue(lines[0].contains("\"reasons\":[\"属地：兴安盟（区内盟市）\""), lines[0]);
    assertTrue(lines[1].contains("\"section\":\"科技专项\""), lines[1]);
    assertTrue(run.err().contains("line 3: skipped:"), run.err());
    assertTrue(run.err().contains("line 4: skipped: not a JSON object"), run.err());
    assertTrue(run.err().contains("line 5: skipped: neither title nor text is present"), run.err());
  }

  @Test
  void evalPrintsTheFiguresTheBaselinesAndWhereTheErrorsComeFrom() {
    CommandRun run = CommandRun.of(new ClassifierMain(), "eval", "corpus/heldout.jsonl", "--by", "level");

    assertEquals(0, run.code(), run.toString());
    String out = run.out();
    assertTrue(out.contains("on 514 items of corpus/heldout.jsonl"), out);
    assertTrue(out.matches("(?s).*rules only +0\\.\\d{3}.*n-grams only +0\\.\\d{3}.*model +0\\.\\d{3}.*"), out);
    assertTrue(out.contains("confusion (rows: gold, columns: predicted)"), out);
    assertTrue(out.contains("reliability (confidence bin: items, mean confidence, share right)"), out);
    assertTrue(out.matches("(?s).*\\nECE 0\\.0\\d\\d\\n.*"), out);
    assertTrue(out.contains("group") && out.contains("peer") && out.contains("(unknown)"), out);
  }

  @Test
  void evalRefusesAnUnknownBreakdownWithTheUsage() {
    CommandRun run = CommandRun.of(new ClassifierMain(), "eval", "corpus/heldout.jsonl", "--by", "colour");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().contains("--by takes host, level, locus or genre, not 'colour'"), run.err());
    assertTrue(run.err().contains("Usage: classifier eval"), run.err());
  }

  @Test
  void evalNamesAMissingFileAndABadLine(@TempDir Path dir) throws Exception {
    CommandRun missing = CommandRun.of(new ClassifierMain(), "eval", dir.resolve("none.jsonl").toString());
    assertEquals(1, missing.code(), missing.toString());
    assertTrue(missing.err().contains("none.jsonl does not exist or cannot be read"), missing.err());

    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"title\":\"t\",\"section\":null}\n{\"title\":\"u\"}\n");
    CommandRun run = CommandRun.of(new ClassifierMain(), "eval", bad.toString());
    assertEquals(1, run.code(), run.toString());
    assertTrue(run.err().contains("bad.jsonl:2: no section field (use null for off-topic)"), run.err());
  }
}

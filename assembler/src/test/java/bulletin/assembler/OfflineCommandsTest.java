package bulletin.assembler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import bulletin.common.json.Json;
import bulletin.common.record.Draft;
import bulletin.common.record.SourceLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `assembler draft` and `assembler render`, run as a user runs them, on good and bad input. */
class OfflineCommandsTest {
  private static final String POLICY = Json.write(Items.item("p1", "科技政策", SourceLevel.NATIONAL, "科技部",
      "2021-03-10", "科技部印发《关于加强科技伦理治理的意见》",
      "科技部印发《关于加强科技伦理治理的意见》，提出健全科技伦理治理体制。意见明确了科技伦理原则。"));
  private static final String NEWS = Json.write(Items.item("n1", "部门动态", SourceLevel.MUNICIPAL, "鄂尔多斯市科技局",
      "2021-03-12", "市科技局召开科技特派员工作会议", "3月12日，市科技局召开科技特派员工作会议。"));
  private static final String LATE = Json.write(Items.item("l1", "科技政策", SourceLevel.NATIONAL, "科技部",
      "2021-04-02", "科技部发布新规", "科技部发布新规。"));

  @Test
  void draftPrintsTheIssueAsTextAndCountsWhatItDid(@TempDir Path dir) throws Exception {
    Path input = write(dir, POLICY, "", NEWS, LATE);
    CommandRun run = CommandRun.of(new AssemblerMain(), "draft", "--input", input.toString(), "--number", "3", "--date", "2021-03-25");
    assertEquals(0, run.code(), run.toString());
    String text = run.out();
    assertTrue(text.contains("第 3 期\n\n鄂尔多斯市科学技术局\n\n2021 年 3 月 25 日"), run.toString());
    assertTrue(text.contains("【科技政策】\n\n科技部印发《关于加强科技伦理治理的意见》"), run.toString());
    assertTrue(text.contains("【部门动态】"), run.toString());
    assertTrue(text.contains("市科技局召开科技特派员工作会议"), run.toString());
    assertTrue(!text.contains("科技部发布新规"), "an item after the issue's date is not in it: " + run);
    assertEquals("drafted issue 2021-03: 2 items in 2 sections, 1 set aside, 0 lines skipped\n", run.err());
  }

  @Test
  void draftSkipsABadLineNamingItAndExitsOne(@TempDir Path dir) throws Exception {
    Path input = write(dir, POLICY, "{\"schema\": 1, \"title\": ", NEWS.replace("\"confidence\":0.8", "\"confidence\":1.8"));
    CommandRun run = CommandRun.of(new AssemblerMain(), "draft", "--input", input.toString(), "--number", "3", "--date", "2021-03-25");
    assertEquals(1, run.code(), run.toString());
    List<String> err = run.err().lines().toList();
    assertEquals(3, err.size(), run.toString());
    assertEquals(input + ":2: skipped: not a valid ClassifiedAnnouncement: Unexpected end-of-input within/between "
        + "Object entries (line 1, column 24)", err.get(0));
    assertEquals(input + ":3: skipped: not a valid ClassifiedAnnouncement: confidence 1.8 is not between 0 and 1",
        err.get(1));
    assertEquals("drafted issue 2021-03: 1 items in 1 sections, 0 set aside, 2 lines skipped", err.get(2));
    assertTrue(run.out().contains("科技部印发《关于加强科技伦理治理的意见》"), "the good lines are still drafted: " + run);
  }

  @Test
  void draftWritesJsonToAFileThatRenderPrintsAsTheSameText(@TempDir Path dir) throws Exception {
    Path input = write(dir, POLICY, NEWS);
    Path json = dir.resolve("2021-03.json");
    CommandRun drafted = CommandRun.of(new AssemblerMain(), "draft", "--input", input.toString(), "--number", "3", "--date",
        "2021-03-25", "--format", "json", "--out", json.toString());
    assertEquals(0, drafted.code(), drafted.toString());
    assertEquals("", drafted.out());
    assertTrue(drafted.err().startsWith("wrote " + json + "\n"), drafted.toString());
    Draft draft = Json.read(Files.readString(json), Draft.class);
    assertEquals("2021-03", draft.issueId());
    assertEquals(3, draft.number());
    assertEquals(LocalDate.of(2021, 3, 25), draft.date());
    assertEquals(2, draft.itemCount());

    CommandRun text = CommandRun.of(new AssemblerMain(), "draft", "--input", input.toString(), "--number", "3", "--date", "2021-03-25");
    CommandRun rendered = CommandRun.of(new AssemblerMain(), "render", "--input", json.toString());
    assertEquals(0, rendered.code(), rendered.toString());
    assertEquals(text.out(), rendered.out());
    assertEquals("", rendered.err());
  }

  @Test
  void renderWritesHtmlAndDocx(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("d.json");
    assertEquals(0, CommandRun.of(new AssemblerMain(), "draft", "--input", write(dir, POLICY).toString(), "--number", "3",
        "--date", "2021-03-25", "--format", "json", "--out", json.toString()).code());
    CommandRun html = CommandRun.of(new AssemblerMain(), "render", "--input", json.toString(), "--format", "HTML");
    assertEquals(0, html.code(), html.toString());
    assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.toString());
    assertTrue(html.out().contains("科技部印发《关于加强科技伦理治理的意见》"), html.toString());
    Path docx = dir.resolve("d.docx");
    CommandRun word = CommandRun.of(new AssemblerMain(), "render", "--input", json.toString(), "--format", "docx", "--out",
        docx.toString());
    assertEquals(0, word.code(), word.toString());
    assertEquals("wrote " + docx + "\n", word.err());
    assertArrayEquals(new byte[] {'P', 'K', 3, 4}, java.util.Arrays.copyOf(Files.readAllBytes(docx), 4));
  }

  @Test
  void renderRefusesATextThatIsNoDraftNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, POLICY, StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of(new AssemblerMain(), "render", "--input", bad.toString());
    assertEquals(1, run.code(), run.toString());
    assertTrue(run.err().startsWith("error: " + bad + ": not a valid Draft: "), run.toString());
    assertEquals(1, run.err().lines().count(), run.toString());
    assertEquals("", run.out());

    Files.writeString(bad, "{\"issueId\": ", StandardCharsets.UTF_8);
    run = CommandRun.of(new AssemblerMain(), "render", "--input", bad.toString());
    assertEquals(1, run.code(), run.toString());
    assertTrue(run.err().startsWith("error: " + bad + ": not a valid Draft: "), run.toString());
    assertTrue(run.err().contains("(line 1, column "), run.toString());
  }

  @Test
  void aMissingInputIsOneSentence(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");
    for (String command : List.of("draft", "render")) {
      CommandRun run = "draft".equals(command)
          ? CommandRun.of(new AssemblerMain(), command, "--input", missing.toString(), "--number", "1", "--date", "2021-03-25")
          : CommandRun.of(new AssemblerMain(), command, "--input", missing.toString());
      assertEquals(1, run.code(), run.toString());
      assertEquals("error: file " + missing + " does not exist or cannot be read\n", run.err(), command);
      assertEquals("", run.out());
    }
  }

  @Test
  void badArgumentsPrintWhatWasWrongAndTheUsage(@TempDir Path dir) throws Exception {
    Path input = write(dir, POLICY);
    CommandRun date = CommandRun.of(new AssemblerMain(), "draft", "--input", input.toString(), "--number", "3", "--date", "2021-13-01");
    assertEquals(2, date.code(), date.toString());
    assertTrue(date.err().startsWith("error: Invalid value for option '--date'"), date.toString());
    assertTrue(date.err().contains("Usage: assembler draft"), date.toString());

    CommandRun format = CommandRun.of(new AssemblerMain(), "render", "--input", input.toString(), "--format", "pdf");
    assertEquals(2, format.code(), format.toString());
    assertTrue(format.err().startsWith("error: Invalid value for option '--format'"), format.toString());
    assertTrue(format.err().contains("TEXT, HTML, DOCX, JSON"), format.toString());

    CommandRun number = CommandRun.of(new AssemblerMain(), "draft", "--input", input.toString(), "--date", "2021-03-25");
    assertEquals(2, number.code(), number.toString());
    assertTrue(number.err().startsWith("error: Missing required option: '--number=N'"), number.toString());
    assertEquals("", number.out());
  }

  private static Path write(Path dir, String... lines) throws Exception {
    Path f = dir.resolve("items.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }
}

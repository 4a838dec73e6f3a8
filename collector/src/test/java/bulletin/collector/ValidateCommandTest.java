package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `collector validate`: every definition of a folder checked, the bad ones named with the key that is wrong. */
class ValidateCommandTest {
  private static final String GOOD = """
      id: %s
      name: 科技局
      level: municipal
      listUrls: ["https://kjj.ordos.gov.cn/tzgg/"]
      list: {item: "ul.list li"}
      """;

  @Test
  void theBundledSourcesAreValid() throws Exception {
    Path dir = Path.of("..", "sources");
    long files = Files.list(dir).filter(f -> f.toString().endsWith(".yaml")).count();
    CommandRun run = CommandRun.of(new CollectorMain(), "validate", "--sources", dir.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(run.out().contains("ok  most-tztg "), run.toString());
    assertTrue(run.out().endsWith(files + " source definitions in " + dir + " are valid\n"), run.toString());
    assertEquals(files + 1, run.out().lines().count(), run.toString());
    assertEquals("", run.err());
  }

  @Test
  void eachLineNamesTheSourceItsLevelAndWhetherItIsDisabled(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ordos-a.yaml"), GOOD.formatted("ordos-a"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ordos-b.yml"), GOOD.formatted("ordos-b") + "enabled: false\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not a definition", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of(new CollectorMain(), "validate", "--sources", dir.toString());
    assertEquals(0, run.code(), run.toString());
    assertEquals(List.of(
        "ok  ordos-a                      科技局      municipal  ",
        "ok  ordos-b                      科技局      municipal  (disabled)",
        "2 source definitions in " + dir + " are valid"), run.out().lines().toList());
  }

  @Test
  void everyBadDefinitionIsNamedAtOnceWithWhatIsWrong(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ordos-a.yaml"), GOOD.formatted("ordos-a"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ordos-b.yaml"), GOOD.formatted("ordos-b") + "listSelector: li\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ordos-c.yaml"), GOOD.formatted("ordos-x"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ordos-d.yaml"), GOOD.formatted("ordos-d").replace("level: municipal\n", ""),
        StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of(new CollectorMain(), "validate", "--sources", dir.toString());
    assertEquals(1, run.code(), run.toString());
    assertEquals("", run.out(), "nothing is called valid when a definition is not");
    assertTrue(run.err().startsWith("error: "), run.toString());
    assertTrue(run.err().contains("ordos-b.yaml: unknown key 'listSelector'"), run.toString());
    assertTrue(run.err().contains("ordos-c.yaml: id 'ordos-x' differs from the file name 'ordos-c'"), run.toString());
    assertTrue(run.err().contains("ordos-d.yaml: level is missing"), run.toString());
    assertTrue(!run.err().contains("ordos-a.yaml"), run.toString());
  }

  @Test
  void aMissingFolderIsOneSentence(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    CommandRun run = CommandRun.of(new CollectorMain(), "validate", "--sources", missing.toString());
    assertEquals(1, run.code(), run.toString());
    assertEquals("error: sources folder " + missing.toAbsolutePath() + " does not exist\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aBadOptionPrintsWhatWasWrongAndTheUsage() {
    CommandRun run = CommandRun.of(new CollectorMain(), "validate", "--source", "x");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().startsWith("error: Unknown options: '--source', 'x'"), run.toString());
    assertTrue(run.err().contains("Usage: collector validate"), run.toString());
    assertEquals("", run.out());
  }
}

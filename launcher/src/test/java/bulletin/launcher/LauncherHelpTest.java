package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `./bulletin --help` names every command the README's table of commands lists. */
class LauncherHelpTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
  /** `./bulletin collector sources list` → collector, sources; placeholders and options end it. */
  private static final Pattern COMMAND = Pattern.compile("`\\./bulletin((?: [a-z][a-z-]*)+)");

  @Test
  void helpListsEveryCommandOfTheReadme() throws Exception {
    String help = run(HOME.resolve("bulletin").toString(), "--help");
    List<String> missing = new ArrayList<>();
    int commands = 0;
    for (String line : Files.readAllLines(HOME.resolve("README.md"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("| `./bulletin")) {
        continue;
      }
      Matcher m = COMMAND.matcher(line);
      while (m.find()) {
        commands++;
        for (String word : m.group(1).strip().split(" ")) {
          if (!Pattern.compile("(^|[\\s,|(])" + Pattern.quote(word) + "([\\s,|)]|$)", Pattern.MULTILINE)
              .matcher(help).find()) {
            missing.add(m.group(1).strip() + " (" + word + ")");
          }
        }
      }
    }
    assertTrue(commands >= 25, "the README's table was read: " + commands + " commands");
    assertEquals(List.of(), missing, "commands the README lists that ./bulletin --help does not name");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}

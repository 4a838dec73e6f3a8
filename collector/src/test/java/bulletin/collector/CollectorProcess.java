package bulletin.collector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code collector run} in a JVM of its own, as in production: it can be stopped, or killed outright. */
final class CollectorProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private CollectorProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code collector run --sources DIR --set KEY=VALUE…}, its output going to {@code log}. */
  static CollectorProcess run(Path sources, Map<String, String> settings, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), CollectorMain.class.getName(), "run", "--sources", sources.toString()));
    settings.forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
    return new CollectorProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
        log);
  }

  /** Kills it (SIGKILL): it does not leave the group, and a transaction it had open stays open. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Fails with the end of its log if it has exited. */
  void assertRunning() throws IOException {
    if (!process.isAlive()) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      throw new AssertionError("the collector exited with " + process.exitValue() + "; its log ends:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
    }
  }

  /** Stops it as ops would (SIGTERM): it leaves the group and closes its clients. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}

package bulletin.launcher.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's {@code run} command in a JVM of its own, as it runs in production, so that a test
 * can kill it the hard way (SIGKILL: no shutdown hook, no clean leave of its group, a transaction
 * left open) and start it again with the same settings. Its output goes to a log file under
 * target/fault-logs, printed when it does not become ready.
 */
final class ChildService implements AutoCloseable {
  private final String name;
  private final String mainClass;
  private final Map<String, String> settings;
  private final Path healthFile;
  private final Path log;
  private final Path tmp;
  private Process process;

  /**
   * @param settings the service's settings, given as {@code --set key=value}; health.file is set
   *     here, to learn when the service is running
   */
  ChildService(String name, String mainClass, Map<String, String> settings, Path dir) throws IOException {
    this.name = name;
    this.mainClass = mainClass;
    this.settings = settings;
    this.healthFile = dir.resolve(name + ".ready");
    // Kept after the test, beside its report, for a look at what the service did.
    this.log = Files.createDirectories(Path.of("target", "fault-logs"))
        .resolve(settings.getOrDefault("streams.application-id", name) + ".log");
    this.tmp = Files.createDirectories(dir.resolve(name + "-tmp"));
  }

  /** Starts the process (again); {@link #awaitReady} waits until its streams are running. */
  ChildService start() throws IOException {
    Files.deleteIfExists(healthFile); // a killed process leaves its health file behind
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC",
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), mainClass, "run",
        "--set", "health.file=" + healthFile));
    settings.forEach((k, v) -> {
      cmd.add("--set");
      cmd.add(k + "=" + v);
    });
    Files.writeString(log, "---- " + String.join(" ", cmd.subList(cmd.size() - 2 * settings.size() - 2, cmd.size()))
        + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    process = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return this;
  }

  /** Waits until the service says it is ready (its streams are running), failing with its log. */
  void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.exists(healthFile)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(name + (process.isAlive() ? " is not ready after " + timeout.toSeconds() + " s"
            : " exited with " + process.exitValue()) + "; its log:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(50); // poll interval, not a timing assumption
    }
  }

  /** Kills the process abruptly, as the OOM killer or a lost machine would, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " (pid " + process.pid() + ") did not die");
    }
  }

  long pid() {
    return process.pid();
  }

  /** Stops the process if it still runs: asked first, then forced. */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}

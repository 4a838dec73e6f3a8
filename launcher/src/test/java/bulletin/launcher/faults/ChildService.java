package bulletin.launcher.faults;

import bulletin.testkit.Await;
import bulletin.testkit.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code run} command in a JVM of its own ({@link ChildJvm}), which a test can kill the
 * hard way and start again with the same settings; it knows when the service is ready from its
 * health file. Its output goes to a log file under target/fault-logs, shown when it does not become
 * ready.
 */
final class ChildService implements AutoCloseable {
  private final String name;
  private final String mainClass;
  private final Map<String, String> settings;
  private final Path healthFile;
  private final Path log;
  private final Path tmp;
  private ChildJvm jvm;

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
    List<String> args = new ArrayList<>(List.of("run", "--set", "health.file=" + healthFile));
    settings.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
    jvm = ChildJvm.start(name, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Duser.timezone=UTC", "-Djava.io.tmpdir=" + tmp), mainClass, args, log);
    return this;
  }

  /** Waits until the service says it is ready (its streams are running), failing with its log. */
  void awaitReady(Duration timeout) throws Exception {
    Await.until(name + " is ready", timeout, () -> {
      if (!jvm.isAlive()) {
        throw new AssertionError(name + " exited; its log ends:\n" + jvm.logTail(60));
      }
      return Files.exists(healthFile);
    }, () -> "its log ends:\n" + jvm.logTail(60));
  }

  /** Kills the process abruptly, as the OOM killer or a lost machine would, and waits until it is gone. */
  void kill() throws InterruptedException {
    jvm.kill();
  }

  /** Stops the process if it still runs: asked first, then forced. */
  @Override
  public void close() throws InterruptedException {
    if (jvm != null) {
      jvm.close();
    }
  }
}

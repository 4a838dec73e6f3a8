package bulletin.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One of the pipeline's commands in a JVM of its own, on this JVM's class path, as ops run it: so
 * that it can be stopped as ops would (SIGTERM), killed outright (SIGKILL: no shutdown hook, no
 * clean leave of its group, a transaction left open), and its memory read: the peak resident set
 * is sampled from /proc while it runs (Linux). Its output goes to a log file, whose end is shown
 * when it dies unexpectedly.
 */
public final class ChildJvm implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final AtomicLong peakRssKiB = new AtomicLong(-1);

  private ChildJvm(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    Thread sampler = new Thread(this::sample, name + "-rss");
    sampler.setDaemon(true);
    sampler.start();
  }

  /**
   * Starts {@code mainClass} with {@code args}, after {@code javaOptions} (-Xmx…); its output is
   * added to {@code log}.
   */
  public static ChildJvm start(String name, List<String> javaOptions, String mainClass, List<String> args, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    Files.writeString(log, "---- " + mainClass + " " + String.join(" ", args) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new ChildJvm(name, process, log);
  }

  private void sample() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) { // the kernel's own peak of the resident set
            peakRssKiB.set(Long.parseLong(line.replaceAll("\\D", "")));
          }
        }
        TimeUnit.MILLISECONDS.sleep(100); // a sampling period, not a wait for a condition
      } catch (IOException | NumberFormatException e) {
        return; // no /proc (not Linux), or the process just ended
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The peak resident set size in MiB, or -1 where /proc cannot tell. */
  public long peakRssMiB() {
    long kib = peakRssKiB.get();
    return kib < 0 ? -1 : kib / 1024;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Fails, with the end of its log, when the process has exited. */
  public void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log ends:\n" + logTail(30));
    }
  }

  /** The last {@code lines} lines of its log. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(" + log + " cannot be read: " + e.getMessage() + ")";
    }
  }

  /** Waits for the process to end by itself; its exit code. */
  public int await(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " did not finish in " + timeout.toSeconds() + " s; see " + log);
    }
    return process.exitValue();
  }

  /** Kills it (SIGKILL), as the OOM killer or a lost machine would, and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " (pid " + process.pid() + ") did not die");
    }
  }

  /** Stops it as ops would (SIGTERM: it closes its clients and leaves its groups), forced after 30 s. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}

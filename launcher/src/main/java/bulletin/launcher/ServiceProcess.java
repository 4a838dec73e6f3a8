package bulletin.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One of the pipeline's services in a JVM of its own, as ops run it, so that its memory can be
 * read: the peak resident set size is sampled from /proc while it runs (Linux).
 */
final class ServiceProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;
  private final AtomicLong peakRssKiB = new AtomicLong(-1);
  private final Thread sampler;

  private ServiceProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.sampler = new Thread(this::sample, name + "-rss");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts {@code mainClass} with {@code args} on this JVM's class path; its output goes to {@code log}. */
  static ServiceProcess start(String name, String mainClass, List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("LOG_LEVEL", "WARN");
    return new ServiceProcess(name, pb.start(), log);
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
  long peakRssMiB() {
    long kib = peakRssKiB.get();
    return kib < 0 ? -1 : kib / 1024;
  }

  /** Waits for the process to end by itself; its exit code. */
  int await(long minutes) throws InterruptedException {
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      throw new IllegalStateException(name + " did not finish in " + minutes + " min; see " + log);
    }
    return process.exitValue();
  }

  /** Fails with the log's place when the service has died. */
  void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: the service closes its Kafka clients and leaves its group
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}

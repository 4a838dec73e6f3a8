package bulletin.common.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM for a long-running command: {@link #await} returns true once a stop is asked
 * for, and the JVM waits (up to a minute) until the command has closed its resources and closed
 * this signal, so Kafka clients shut down cleanly instead of being cut off.
 */
public final class StopSignal implements AutoCloseable {
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  private StopSignal() {}

  /** Installs the shutdown hook. */
  public static StopSignal install(String name) {
    StopSignal signal = new StopSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      signal.stop.countDown();
      try {
        signal.finished.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name + "-stop"));
    return signal;
  }

  /** Waits up to {@code d}; true when a stop was asked for. */
  public boolean await(Duration d) throws InterruptedException {
    return stop.await(d.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Says the command has closed everything; the JVM may exit. */
  @Override
  public void close() {
    finished.countDown();
  }
}

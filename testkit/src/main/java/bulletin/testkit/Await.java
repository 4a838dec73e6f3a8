package bulletin.testkit;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Waits for a condition, not for a time: the condition is checked every 100 ms until it holds or
 * a deadline passes, and the failure names what was awaited.
 */
public final class Await {
  private static final long POLL_MILLIS = 100;

  private Await() {}

  /** Returns once {@code condition} holds; fails naming {@code what} after {@code within}. */
  public static void until(String what, Duration within, Callable<Boolean> condition) throws Exception {
    until(what, within, condition, () -> "");
  }

  /**
   * As {@link #until(String, Duration, Callable)}, the failure also saying what {@code detail} says
   * then (the last answer, a log's tail).
   */
  public static void until(String what, Duration within, Callable<Boolean> condition, Supplier<String> detail)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        String more = detail.get();
        throw new AssertionError("after " + within.toSeconds() + " s, still waiting until " + what
            + (more.isEmpty() ? "" : ": " + more));
      }
      Thread.sleep(POLL_MILLIS);
    }
  }
}

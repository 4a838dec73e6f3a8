package bulletin.collector;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition, not for a time: it is checked every 200 ms until it holds or a deadline passes. */
final class Await {
  private Await() {}

  /** Returns once {@code condition} holds; fails naming {@code what} after {@code within}. */
  static void until(String what, Duration within, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("after " + within.toSeconds() + " s, still waiting until " + what);
      }
      Thread.sleep(200); // between two checks of the condition
    }
  }
}

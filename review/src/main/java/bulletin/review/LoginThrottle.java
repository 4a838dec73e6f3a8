package bulletin.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #PER_USER} failed log-ins for one user name, or
 * {@link #PER_ADDRESS} from one address (an office behind one address has many users), within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window. A
 * successful log-in clears its user's failures.
 */
final class LoginThrottle {
  static final int PER_USER = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** Keys kept at most; beyond it, those with no recent failure are forgotten first. */
  private static final int KEYS = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code user} from {@code address} must wait before trying again, or empty when they may try now. */
  Optional<Duration> waitFor(String user, String address) {
    Instant now = clock.instant();
    Optional<Duration> byUser = wait("user:" + user, PER_USER, now);
    Optional<Duration> byAddress = wait("address:" + address, PER_ADDRESS, now);
    return byUser.isPresent() ? byUser : byAddress;
  }

  void failed(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() > KEYS) {
      failures.values().removeIf(q -> recent(q, now) == 0);
    }
    for (String key : new String[] {"user:" + user, "address:" + address}) {
      Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (q) {
        q.addLast(now);
      }
    }
  }

  void succeeded(String user) {
    failures.remove("user:" + user);
  }

  private Optional<Duration> wait(String key, int limit, Instant now) {
    Deque<Instant> q = failures.get(key);
    if (q == null || recent(q, now) < limit) {
      return Optional.empty();
    }
    synchronized (q) {
      return Optional.of(Duration.between(now, q.peekFirst().plus(WINDOW)));
    }
  }

  /** The failures still inside the window, after dropping older ones. */
  private static int recent(Deque<Instant> q, Instant now) {
    synchronized (q) {
      while (!q.isEmpty() && !q.peekFirst().plus(WINDOW).isAfter(now)) {
        q.removeFirst();
      }
      return q.size();
    }
  }
}

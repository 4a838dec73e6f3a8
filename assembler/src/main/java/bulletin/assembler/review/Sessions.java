package bulletin.assembler.review;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Log-in sessions, in memory: random 256-bit ids, a CSRF token each, an idle timeout and an
 * absolute lifetime. A session without a user serves the log-in form (whose post needs its token).
 */
final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One browser's session. */
  record Session(String id, Users.User user, String csrf, Instant created, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration idle;
  private final Duration lifetime;

  Sessions(Clock clock, Duration idle, Duration lifetime) {
    this.clock = clock;
    this.idle = idle;
    this.lifetime = lifetime;
  }

  /** A new session, anonymous when {@code user} is null. */
  Session open(Users.User user) {
    Instant now = clock.instant();
    Session s = new Session(token(), user, token(), now, now);
    byId.put(s.id(), s);
    if (byId.size() % 100 == 0) {
      byId.values().removeIf(this::expired);
    }
    return s;
  }

  /** The live session with this id, touched; expired ones are forgotten. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (expired(s)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session touched = new Session(s.id(), s.user(), s.csrf(), s.created(), clock.instant());
    byId.put(id, touched);
    return Optional.of(touched);
  }

  /** How many sessions are held (live or not yet cleaned up). */
  int size() {
    return byId.size();
  }

  void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  private boolean expired(Session s) {
    Instant now = clock.instant();
    return s.lastSeen().plus(idle).isBefore(now) || s.created().plus(lifetime).isBefore(now);
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}

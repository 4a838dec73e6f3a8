package bulletin.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log-in sessions: random 256-bit ids, a CSRF token each, an idle timeout and an absolute
 * lifetime. They are kept in a file as well (when one is given), so a restart of the app logs
 * nobody out. The file holds a hash of each id, never the id itself, and a fingerprint of the
 * user's password hash: a session whose user changed password while the app was down is not
 * brought back.
 */
public final class Sessions {
  private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  /** How often a session's last use is written to the file at most (its idle expiry may come this much early after a restart). */
  static final Duration TOUCH_SAVED = Duration.ofMinutes(1);

  /** One browser's session. */
  public record Session(String id, Users.User user, String csrf, Instant created, Instant lastSeen) {}

  /** A session as the file keeps it: by the hash of its id. */
  private record Kept(Users.User user, String csrf, Instant created, Instant lastSeen) {}

  private final Map<String, Kept> byHash = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration idle;
  private final Duration lifetime;
  private final Path file;
  private volatile Instant savedAt = Instant.EPOCH;

  Sessions(Clock clock, Duration idle, Duration lifetime) {
    this(clock, idle, lifetime, null, name -> Optional.empty());
  }

  /** Sessions kept in {@code file} (null: in memory only), their users found again by name through {@code users}. */
  Sessions(Clock clock, Duration idle, Duration lifetime, Path file, Function<String, Optional<Users.User>> users) {
    this.clock = clock;
    this.idle = idle;
    this.lifetime = lifetime;
    this.file = file;
    if (file != null) {
      load(users);
    }
  }

  /** A new session of {@code user}. */
  Session open(Users.User user) {
    Instant now = clock.instant();
    String id = token();
    Kept k = new Kept(user, token(), now, now);
    byHash.put(hash(id), k);
    byHash.values().removeIf(this::expired);
    save();
    return new Session(id, k.user(), k.csrf(), k.created(), k.lastSeen());
  }

  /** The live session with this id, touched; expired ones are forgotten. */
  Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    String h = hash(id);
    Kept k = byHash.get(h);
    if (k == null) {
      return Optional.empty();
    }
    if (expired(k)) {
      byHash.remove(h);
      save();
      return Optional.empty();
    }
    Kept touched = new Kept(k.user(), k.csrf(), k.created(), clock.instant());
    byHash.put(h, touched);
    if (savedAt.plus(TOUCH_SAVED).isBefore(clock.instant())) {
      save();
    }
    return Optional.of(new Session(id, touched.user(), touched.csrf(), touched.created(), touched.lastSeen()));
  }

  /** How many sessions are held (live or not yet cleaned up). */
  int size() {
    return byHash.size();
  }

  void close(String id) {
    if (id != null && byHash.remove(hash(id)) != null) {
      save();
    }
  }

  private boolean expired(Kept s) {
    Instant now = clock.instant();
    return s.lastSeen().plus(idle).isBefore(now) || s.created().plus(lifetime).isBefore(now);
  }

  private void load(Function<String, Optional<Users.User>> users) {
    if (!Files.exists(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] p = line.strip().split(" ");
        if (line.isBlank() || line.startsWith("#") || p.length != 6) {
          continue;
        }
        Optional<Users.User> user = users.apply(p[1]).filter(u -> fingerprint(u).equals(p[2]));
        Kept k = user.map(u -> new Kept(u, p[3], Instant.ofEpochMilli(Long.parseLong(p[4])),
            Instant.ofEpochMilli(Long.parseLong(p[5])))).orElse(null);
        if (k != null && !expired(k)) {
          byHash.put(p[0], k);
        }
      }
      LOG.info("review app: {} sessions kept from before the restart", byHash.size());
    } catch (IOException | RuntimeException e) {
      LOG.warn("review app: the sessions file {} cannot be read ({}); everyone logs in again", file, e.getMessage());
      byHash.clear();
    }
  }

  private synchronized void save() {
    if (file == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("# The review app's sessions: SHA-256(ID) USER PASSWORD-FINGERPRINT CSRF CREATED LAST-SEEN");
    byHash.forEach((h, k) -> lines.add(h + " " + k.user().name() + " " + fingerprint(k.user()) + " " + k.csrf() + " "
        + k.created().toEpochMilli() + " " + k.lastSeen().toEpochMilli()));
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Path written = file.resolveSibling(file.getFileName() + ".new");
      Files.write(written, lines, StandardCharsets.UTF_8);
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      savedAt = clock.instant();
    } catch (IOException e) {
      LOG.warn("review app: cannot write the sessions file {} ({}); a restart will log everyone out", file,
          e.getMessage());
    }
  }

  private static String fingerprint(Users.User u) {
    return hash(u.role().wireName() + " " + u.passwordHash()).substring(0, 16);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}

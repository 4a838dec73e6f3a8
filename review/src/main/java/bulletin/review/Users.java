package bulletin.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The review app's users, in a text file: one line per user, {@code NAME ROLE HASH}. Written by
 * {@code review add-user}, {@code disable-user} and {@code remove-user}; passwords are only ever
 * stored hashed, and a disabled user's hash starts with {@code !}. The running app reads the file
 * again when it changes (or every {@link #REREAD} at the latest), so users come and go without a
 * restart.
 */
public final class Users {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Users.class);
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,32}");

  /** A user and what they may do. */
  public record User(String name, Role role, String passwordHash) {}

  /** The file is read again after this long even when its time and size look unchanged. */
  static final java.time.Duration REREAD = java.time.Duration.ofSeconds(2);
  private static final String DISABLED = "!";

  private final Path file;
  private volatile Map<String, User> byName = new LinkedHashMap<>();
  private String readStamp = "";
  private long readAtNanos;

  private Users(Path file) {
    this.file = file;
  }

  /** The users in {@code file}; none when it does not exist yet. */
  public static Users load(Path file) {
    Users users = new Users(file);
    users.byName = read(file);
    return users;
  }

  /** Reads the file again when it changed since the last read, or when that read is older than {@link #REREAD}. */
  private synchronized void refresh() {
    String stamp;
    try {
      stamp = Files.exists(file) ? Files.getLastModifiedTime(file) + "/" + Files.size(file) : "absent";
    } catch (IOException e) {
      stamp = "unreadable";
    }
    if (stamp.equals(readStamp) && System.nanoTime() - readAtNanos < REREAD.toNanos()) {
      return;
    }
    try {
      byName = read(file);
    } catch (IllegalArgumentException e) {
      // A file broken while the app runs: keep the users it had, and say so.
      LOG.error("the review app keeps its users as they were: {}", e.getMessage());
    }
    readStamp = stamp;
    readAtNanos = System.nanoTime();
  }

  private static Map<String, User> read(Path file) {
    Map<String, User> users = new LinkedHashMap<>();
    if (Files.exists(file)) {
      try {
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] p = line.strip().split("\\s+");
          if (p.length != 3) {
            throw new IllegalArgumentException(file + ":" + n + ": expected NAME ROLE HASH");
          }
          users.put(p[0], new User(p[0], Role.parse(p[1]), p[2]));
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the users file " + file + ": " + e.getMessage(), e);
      }
    }
    return users;
  }

  /** Adds or replaces a user (a new password, or a disabled user enabled again) and saves the file. */
  public synchronized void put(String name, Role role, char[] password) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("user name '" + name + "' must be 1 to 32 letters, digits, '.', '_' or '-'");
    }
    if (password.length < 8) {
      throw new IllegalArgumentException("the password must have at least 8 characters");
    }
    refresh();
    byName.put(name, new User(name, role, PasswordHash.hash(password)));
    save();
  }

  /** Disables a user: they cannot log in, and their sessions end. */
  public synchronized void disable(String name) {
    refresh();
    User u = expect(name);
    if (!u.passwordHash().startsWith(DISABLED)) {
      byName.put(name, new User(name, u.role(), DISABLED + u.passwordHash()));
      save();
    }
  }

  /** Removes a user: they cannot log in, and their sessions end. */
  public synchronized void remove(String name) {
    refresh();
    expect(name);
    byName.remove(name);
    save();
  }

  private User expect(String name) {
    User u = byName.get(name);
    if (u == null) {
      throw new IllegalArgumentException("there is no user '" + name + "' in " + file);
    }
    return u;
  }

  /** The enabled user of that name, as the file has them now. */
  public Optional<User> find(String name) {
    refresh();
    return Optional.ofNullable(byName.get(name)).filter(u -> !u.passwordHash().startsWith(DISABLED));
  }

  /**
   * The user as the file has them now, when they may still use the app: present, enabled, and
   * with the role and password they logged in with (a changed password ends other sessions).
   */
  public Optional<User> current(User loggedIn) {
    refresh();
    User u = byName.get(loggedIn.name());
    return u != null && u.equals(loggedIn) && !u.passwordHash().startsWith(DISABLED) ? Optional.of(u) : Optional.empty();
  }

  private void save() {
    StringBuilder out = new StringBuilder("# The review app's users: NAME ROLE PBKDF2-HASH (written by `review add-user`)\n");
    byName.values().forEach(u -> out.append(u.name()).append(' ').append(u.role().wireName()).append(' ')
        .append(u.passwordHash()).append('\n'));
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Path written = file.resolveSibling(file.getFileName() + ".new");
      Files.writeString(written, out, StandardCharsets.UTF_8);
      Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the users file " + file + ": " + e.getMessage(), e);
    }
    readStamp = "";
  }

  /** The user when the name and password match. */
  public Optional<User> authenticate(String name, char[] password) {
    refresh();
    User u = byName.get(name);
    if (u == null || u.passwordHash().startsWith(DISABLED)) {
      PasswordHash.matches(password, DUMMY); // the same work whether or not the name exists
      return Optional.empty();
    }
    return PasswordHash.matches(password, u.passwordHash()) ? Optional.of(u) : Optional.empty();
  }

  public List<User> all() {
    refresh();
    return List.copyOf(byName.values());
  }

  private static final String DUMMY = PasswordHash.hash("not a password".toCharArray());
}

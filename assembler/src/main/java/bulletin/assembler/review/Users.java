package bulletin.assembler.review;

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
 * {@code assembler add-user}; passwords are only ever stored hashed.
 */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,32}");

  /** A user and what they may do. */
  public record User(String name, Role role, String passwordHash) {}

  private final Path file;
  private final Map<String, User> byName = new LinkedHashMap<>();

  private Users(Path file) {
    this.file = file;
  }

  /** The users in {@code file}; none when it does not exist yet. */
  public static Users load(Path file) {
    Users users = new Users(file);
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
          users.byName.put(p[0], new User(p[0], Role.parse(p[1]), p[2]));
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the users file " + file + ": " + e.getMessage(), e);
      }
    }
    return users;
  }

  /** Adds or replaces a user and saves the file. */
  public void put(String name, Role role, char[] password) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("user name '" + name + "' must be 1 to 32 letters, digits, '.', '_' or '-'");
    }
    if (password.length < 8) {
      throw new IllegalArgumentException("the password must have at least 8 characters");
    }
    byName.put(name, new User(name, role, PasswordHash.hash(password)));
    StringBuilder out = new StringBuilder("# The review app's users: NAME ROLE PBKDF2-HASH (written by `assembler add-user`)\n");
    byName.values().forEach(u -> out.append(u.name()).append(' ').append(u.role().wireName()).append(' ')
        .append(u.passwordHash()).append('\n'));
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the users file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The user when the name and password match. */
  public Optional<User> authenticate(String name, char[] password) {
    User u = byName.get(name);
    if (u == null) {
      PasswordHash.matches(password, DUMMY); // the same work whether or not the name exists
      return Optional.empty();
    }
    return PasswordHash.matches(password, u.passwordHash()) ? Optional.of(u) : Optional.empty();
  }

  public List<User> all() {
    return List.copyOf(byName.values());
  }

  private static final String DUMMY = PasswordHash.hash("not a password".toCharArray());
}

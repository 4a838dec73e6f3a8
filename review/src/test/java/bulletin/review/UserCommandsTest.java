package bulletin.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `review disable-user` and `remove-user` as ops run them, on the review app's users file. */
class UserCommandsTest {

  @Test
  void disableThenRemoveAUserAndSayWhatHappened(@TempDir Path dir) {
    Path file = dir.resolve("users.txt");
    Users.load(file).put("程继东", Role.parse("editor"), "a long enough password".toCharArray());
    String setting = "review.users-file=" + file;

    CommandRun disabled = CommandRun.of(new ReviewMain(), "disable-user", "程继东", "--set", setting);
    assertEquals(0, disabled.code(), disabled.toString());
    assertEquals("程继东 is disabled; their sessions end at their next request\n", disabled.out());
    assertTrue(Users.load(file).find("程继东").isEmpty(), "a disabled user is not found for log-in");

    CommandRun removed = CommandRun.of(new ReviewMain(), "remove-user", "程继东", "--set", setting);
    assertEquals(0, removed.code(), removed.toString());
    assertEquals("程继东 is removed; their sessions end at their next request\n", removed.out());
    assertTrue(Users.load(file).all().isEmpty(), "the user is gone from the file");
  }

  @Test
  void anUnknownUserIsOneSentenceNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("users.txt");
    Users.load(file).put("乔栋", Role.parse("reviewer"), "a long enough password".toCharArray());
    CommandRun run = CommandRun.of(new ReviewMain(), "remove-user", "nobody", "--set", "review.users-file=" + file);
    assertEquals(1, run.code(), run.toString());
    assertEquals("error: there is no user 'nobody' in " + file + "\n", run.err());
  }

  @Test
  void aMissingNamePrintsTheUsage() {
    CommandRun run = CommandRun.of(new ReviewMain(), "disable-user");
    assertEquals(2, run.code(), run.toString());
    assertTrue(run.err().contains("Usage: review disable-user"), run.err());
  }
}

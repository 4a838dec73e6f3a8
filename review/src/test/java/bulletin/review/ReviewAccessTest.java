package bulletin.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.Await;
import bulletin.testkit.WebSession;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may use the review app, over HTTP on the running app: users change without a restart, guessing is held back. */
class ReviewAccessTest {
  @TempDir static Path dir;
  static ReviewFixture app;

  @BeforeAll
  static void start() throws Exception {
    app = new ReviewFixture(dir);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** The users file as `assembler add-user`, `disable-user` and `remove-user` change it, from outside the app. */
  private static Users usersFile() {
    return Users.load(dir.resolve("users.txt"));
  }

  /** Calls {@code call} until its answer satisfies {@code done}, failing after 10 s. */
  private static <T> T until(Callable<T> call, Predicate<T> done) throws Exception {
    AtomicReference<T> last = new AtomicReference<>();
    Await.until("the app sees the users file's change", Duration.ofSeconds(10), () -> {
      last.set(call.call());
      return done.test(last.get());
    }, () -> "its last answer " + last.get());
    return last.get();
  }

  @Test
  void aUserAddedWhileTheAppRunsLogsInAndOneRemovedDisabledOrGivenANewPasswordIsLoggedOut() throws Exception {
    usersFile().put("王编辑", Role.EDITOR, "first-password".toCharArray());
    WebSession wang = new WebSession(app.server.url());
    until(() -> wang.login("王编辑", "first-password").statusCode(), status -> status == 303);
    assertEquals(200, wang.get("/").statusCode());

    usersFile().put("王编辑", Role.EDITOR, "second-password".toCharArray());
    until(() -> wang.get("/").statusCode(), status -> status == 303);
    assertEquals(303, wang.login("王编辑", "second-password").statusCode(), "the new password works");

    usersFile().disable("王编辑");
    until(() -> wang.get("/").statusCode(), status -> status == 303);
    assertEquals(401, wang.login("王编辑", "second-password").statusCode(), "a disabled user cannot log in");

    usersFile().put("李审核", Role.REVIEWER, "li-password".toCharArray());
    WebSession li = new WebSession(app.server.url());
    until(() -> li.login("李审核", "li-password").statusCode(), status -> status == 303);
    usersFile().remove("李审核");
    HttpResponse<String> after = until(() -> li.get("/"), r -> r.statusCode() == 303);
    assertEquals("/login", after.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void repeatedWrongPasswordsForAUserAreHeldBackEvenWhenTheRightOneFollows() throws Exception {
    usersFile().put("赵编辑", Role.EDITOR, "zhao-password".toCharArray());
    WebSession guesser = new WebSession(app.server.url());
    until(() -> guesser.login("赵编辑", "zhao-password").statusCode(), status -> status == 303);
    for (int i = 0; i < LoginThrottle.PER_USER; i++) {
      assertEquals(401, guesser.login("赵编辑", "guess-" + i).statusCode());
    }
    HttpResponse<String> held = guesser.login("赵编辑", "zhao-password");
    assertEquals(429, held.statusCode());
    assertTrue(held.body().contains("登录失败次数过多"), held.body());
    assertEquals(303, new WebSession(app.server.url()).login(ReviewFixture.EDITOR, ReviewFixture.EDITOR_PASSWORD)
        .statusCode(), "other users from the same address still log in");
  }

  @Test
  void theLogInPageCreatesNoSessionAndItsFormNeedsItsOwnCookie() throws Exception {
    int before = app.server.sessionCount();
    for (int i = 0; i < 30; i++) {
      assertEquals(200, new WebSession(app.server.url()).get("/login").statusCode());
    }
    assertEquals(before, app.server.sessionCount(), "opening the log-in page holds nothing on the server");

    WebSession page = new WebSession(app.server.url());
    String token = page.csrf("/login");
    WebSession elsewhere = new WebSession(app.server.url());
    var forged = elsewhere.post("/login", Map.of("csrf", token, "name", ReviewFixture.EDITOR,
        "password", ReviewFixture.EDITOR_PASSWORD));
    assertEquals(403, forged.statusCode(), "a token without its cookie is refused");
    assertEquals(303, page.login(ReviewFixture.EDITOR, ReviewFixture.EDITOR_PASSWORD).statusCode());
    assertEquals(before + 1, app.server.sessionCount());
  }

  private static ReviewServer startApp(int port, Path sessions) throws Exception {
    return ReviewServer.start(app.bootstrap, usersFile(), new ReviewStore(app.bootstrap).start(),
        bulletin.common.profile.BulletinProfile.defaultProfile(), new ReviewServer.Options(port, "127.0.0.1", true,
            Duration.ofMinutes(30), Duration.ofHours(8), sessions));
  }

  @Test
  void aSessionSurvivesARestartOfTheAppAndOneLoggedOutIsNotBroughtBack() throws Exception {
    Path sessions = dir.resolve("restart-sessions.txt");
    ReviewServer first = startApp(0, sessions);
    int port = first.url().getPort();
    WebSession editor = new WebSession(first.url());
    WebSession leaving = new WebSession(first.url());
    try {
      assertEquals(303, editor.login(ReviewFixture.EDITOR, ReviewFixture.EDITOR_PASSWORD).statusCode());
      assertEquals(303, leaving.login(ReviewFixture.EDITOR, ReviewFixture.EDITOR_PASSWORD).statusCode());
      assertEquals(200, editor.get("/").statusCode());
      assertEquals(303, leaving.post("/logout", Map.of("csrf", leaving.csrf("/"))).statusCode());
    } finally {
      first.close();
    }
    try (ReviewServer second = startApp(port, sessions)) {
      var page = editor.get("/");
      assertEquals(200, page.statusCode(), "still logged in after the restart");
      assertTrue(page.body().contains(ReviewFixture.EDITOR));
      assertEquals(1, second.sessionCount(), "the session logged out before the restart is not brought back");
    }
  }
}

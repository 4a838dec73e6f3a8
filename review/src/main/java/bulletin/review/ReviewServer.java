package bulletin.review;

import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.Edit;
import bulletin.render.DocxRenderer;
import bulletin.render.HtmlRenderer;
import bulletin.render.TextRenderer;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' and reviewers' web app on Javalin: log in, read the draft as it will print with
 * each item's sources, confidence, reasons, merges and history, fix it, submit, approve or send
 * back, publish, download. Every change is an Edit on {@code bulletin.edits}; the page shows the
 * draft the assembler folds from them. Nothing but the log-in page without a session; every form
 * carries the session's CSRF token; request bodies are bounded; errors are plain sentences.
 */
public final class ReviewServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
  static final String COOKIE = "bulletin_session";
  /** The nonce cookie that the log-in form's token is bound to, before any session exists. */
  static final String LOGIN_COOKIE = "bulletin_login";
  static final int MAX_BODY = 64 * 1024;
  private static final String SESSION = "session";
  private static final Pattern ISSUE_ID = Pattern.compile("\\d{4}-\\d{2,}");
  private static final Pattern DOWNLOAD = Pattern.compile("download\\.(docx|html|txt)");

  private final Users users;
  private final Sessions sessions;
  private final ReviewStore store;
  private final BulletinProfile profile;
  private final KafkaProducer<String, Edit> edits;
  private final boolean secureCookies;
  private final Clock clock = Clock.systemUTC();
  private final LoginForm loginForm = new LoginForm();
  private final LoginThrottle throttle;
  private final IssueEdits issueEdits;
  private Javalin http;

  /**
   * Settings of the review app.
   *
   * @param sessionsFile where sessions are kept across restarts, or null to keep them in memory only
   */
  public record Options(int port, String bindAddress, boolean secureCookies, Duration idleTimeout, Duration sessionLifetime,
      java.nio.file.Path sessionsFile) {}

  private ReviewServer(Users users, ReviewStore store, BulletinProfile profile, KafkaProducer<String, Edit> edits,
      Options options) {
    this.users = users;
    this.sessions = new Sessions(clock, options.idleTimeout(), options.sessionLifetime(), options.sessionsFile(),
        users::find);
    this.store = store;
    this.profile = profile;
    this.edits = edits;
    this.secureCookies = options.secureCookies();
    this.throttle = new LoginThrottle(clock);
    this.issueEdits = new IssueEdits(store, profile, edits, clock);
  }

  /**
   * Starts the app; it reads Kafka from {@code store} and writes edits to {@code bootstrap}.
   * {@code more} adds the routes of further pages (they run behind the same log-in and CSRF check).
   */
  public static ReviewServer start(String bootstrap, Users users, ReviewStore store, BulletinProfile profile,
      Options options, Consumer<Routes> more) {
    var topic = Topics.BULLETIN_EDITS;
    KafkaProducer<String, Edit> producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.ACKS_CONFIG, "all"), topic.keySerde().serializer(), topic.valueSerde().serializer());
    ReviewServer app = new ReviewServer(users, store, profile, producer, options);
    app.http = Javalin.create(config -> app.configure(config, options, more)).start(options.bindAddress(), options.port());
    return app;
  }

  /** As {@link #start(String, Users, ReviewStore, BulletinProfile, Options, Consumer)} with the review pages only. */
  public static ReviewServer start(String bootstrap, Users users, ReviewStore store, BulletinProfile profile,
      Options options) {
    return start(bootstrap, users, store, profile, options, routes -> { });
  }

  /** Where further pages add their routes; their handlers get the logged-in session. */
  public interface Routes {
    void get(String path, Page page);

    void post(String path, Page page);
  }

  /** A handler of a page behind the log-in. */
  @FunctionalInterface
  public interface Page {
    void handle(Context ctx, Sessions.Session session) throws Exception;
  }

  private void configure(JavalinConfig config, Options options, Consumer<Routes> more) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = MAX_BODY;
    config.jetty.multipartConfig.maxFileSize(4, io.javalin.config.SizeUnit.MB);
    config.jetty.multipartConfig.maxTotalRequestSize(5, io.javalin.config.SizeUnit.MB);
    var r = config.routes;
    r.before(this::guard);
    r.get("/login", this::loginPage);
    r.post("/login", this::login);
    r.post("/logout", ctx -> {
      sessions.close(session(ctx).id());
      setCookie(ctx, COOKIE, "", Duration.ZERO);
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
    });
    r.get("/", ctx -> Pages.send(ctx, 200, Pages.issues(store.issues(), session(ctx).user(), session(ctx).csrf())));
    r.get("/issues/{id}", this::issuePage);
    r.get("/issues/{id}/{file}", this::download);
    r.post("/issues/{id}/edit", ctx -> issueEdits.handle(ctx, session(ctx), draft(ctx)));
    more.accept(new Routes() {
      @Override
      public void get(String path, Page page) {
        r.get(path, ctx -> page.handle(ctx, session(ctx)));
      }

      @Override
      public void post(String path, Page page) {
        r.post(path, ctx -> page.handle(ctx, session(ctx)));
      }
    });
    r.exception(BadRequest.class, (e, ctx) ->
        Pages.send(ctx, e.status(), Pages.message("无法完成", e.getMessage(), null, "")));
    r.exception(ContentTooLargeResponse.class, (e, ctx) ->
        Pages.send(ctx, 413, Pages.message("无法完成", "提交的内容太长（上限 64 KB）。", null, "")));
    r.exception(HttpResponseException.class, (e, ctx) ->
        Pages.send(ctx, e.getStatus(),
            Pages.message("无法完成", e.getStatus() == 404 ? "没有这个页面。" : "请求无法处理。", null, "")));
    r.exception(jakarta.servlet.ServletException.class, (e, ctx) -> {
      // A form Jetty could not parse: an upload over the limit, or a broken multipart body.
      boolean tooLarge = causes(e).anyMatch(c -> c.getMessage() != null && c.getMessage().contains("size exceeded"));
      LOG.warn("review app: {} {} sent a form that cannot be read: {}", ctx.method(), ctx.path(),
          causes(e).reduce((a, b) -> b).map(Throwable::getMessage).orElse(e.getMessage()));
      Pages.send(ctx, tooLarge ? 413 : 400, Pages.message("无法完成", tooLarge
          ? "上传的网页太大（上限 4 MB），或表单太长。" : "表单无法读取，请刷新页面后重试。", null, ""));
    });
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("review app: {} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
      Pages.send(ctx, 500, Pages.message("出错了", "服务器出错，操作没有完成。请稍后重试，或联系运维。", null, ""));
    });
  }

  /**
   * Before every request: the security headers; then, except on the log-in page, a live session
   * (else a redirect to the log-in page) and, on a post, its CSRF token.
   */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().equals("/login")) {
      return;
    }
    Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isPresent() && users.current(session.get().user()).isEmpty()) {
      // Removed, disabled, or given a new password or role since logging in: the session ends.
      sessions.close(session.get().id());
      session = Optional.empty();
    }
    if (session.isEmpty()) {
      // Nothing but the log-in page without a session.
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (ctx.method() == HandlerType.POST && !session.get().csrf().equals(ctx.formParam("csrf"))) {
      throw new BadRequest(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。");
    }
    ctx.attribute(SESSION, session.get());
  }

  private static Sessions.Session session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  private void loginPage(Context ctx) {
    // No session before a log-in is posted: the form's token is bound to a nonce cookie instead.
    String nonce = LoginForm.nonce();
    setCookie(ctx, LOGIN_COOKIE, nonce, LoginForm.LIFETIME);
    Pages.send(ctx, 200, Pages.login(loginForm.token(nonce), null));
  }

  private void login(Context ctx) {
    if (!loginForm.accepts(ctx.cookie(LOGIN_COOKIE), ctx.formParam("csrf"))) {
      throw new BadRequest(403, "登录表单已过期（CSRF 校验失败），请重新打开登录页。");
    }
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
    String address = ctx.req().getRemoteAddr();
    Optional<Duration> wait = throttle.waitFor(name, address);
    if (wait.isPresent()) {
      LOG.warn("log-in attempts for {} from {} are held back for {} s", name, address, wait.get().toSeconds());
      Pages.send(ctx, 429, Pages.login(ctx.formParam("csrf"), "登录失败次数过多，请 "
          + Math.max(1, (wait.get().toSeconds() + 59) / 60) + " 分钟后再试。"));
      return;
    }
    Optional<Users.User> user = users.authenticate(name,
        Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray());
    if (user.isEmpty()) {
      throttle.failed(name, address);
      Pages.send(ctx, 401, Pages.login(ctx.formParam("csrf"), "用户名或密码不对。"));
      return;
    }
    throttle.succeeded(name);
    sessions.find(ctx.cookie(COOKIE)).ifPresent(old -> sessions.close(old.id())); // a new id: no session fixation
    Sessions.Session fresh = sessions.open(user.get());
    setCookie(ctx, LOGIN_COOKIE, "", Duration.ZERO);
    setCookie(ctx, COOKIE, fresh.id(), null);
    LOG.info("{} ({}) logged in to the review app", user.get().name(), user.get().role().wireName());
    // A feed adder's work is on the feeds page; everyone else starts with the issues.
    ctx.redirect(user.get().role() == Role.FEEDS ? "/feeds" : "/", HttpStatus.SEE_OTHER);
  }

  private Draft draft(Context ctx) {
    String id = ctx.pathParam("id");
    if (!ISSUE_ID.matcher(id).matches()) {
      throw new BadRequest(404, "没有这个页面。");
    }
    return store.draft(id).orElseThrow(() -> new BadRequest(404, "没有第 " + id + " 期的草稿。"));
  }

  private void issuePage(Context ctx) {
    Draft d = draft(ctx);
    Sessions.Session s = session(ctx);
    String ids = ctx.queryParam("edit");
    Notice notice = ids == null ? Notice.NONE
        : Notice.of(Arrays.stream(ids.split(",")).filter(id -> !id.isBlank()).limit(20).toList(), store);
    Pages.send(ctx, 200, Pages.issue(d, profile, store, s.user(), s.csrf(), notice));
  }

  private void download(Context ctx) {
    var m = DOWNLOAD.matcher(ctx.pathParam("file"));
    if (!m.matches()) {
      throw new BadRequest(404, "没有这个页面。");
    }
    Draft d = draft(ctx);
    String format = m.group(1);
    byte[] body;
    String type;
    switch (format) {
      case "docx" -> {
        body = DocxRenderer.render(d, profile);
        type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      }
      case "html" -> {
        body = HtmlRenderer.render(d, profile).getBytes(StandardCharsets.UTF_8);
        type = "text/html; charset=utf-8";
      }
      default -> {
        body = TextRenderer.render(d, profile).getBytes(StandardCharsets.UTF_8);
        type = "text/plain; charset=utf-8";
      }
    }
    ctx.header("Content-Disposition", "attachment; filename=\"bulletin-" + d.issueId() + "." + format + "\"");
    ctx.contentType(type).result(body);
  }

  /** Sets a cookie; an empty value with a zero lifetime removes it, a null lifetime lasts the browser session. */
  private void setCookie(Context ctx, String name, String value, Duration lifetime) {
    ctx.cookie(new Cookie(name, value, "/", lifetime == null ? -1 : (int) lifetime.toSeconds(), secureCookies, true, null,
        SameSite.STRICT));
  }

  private static java.util.stream.Stream<Throwable> causes(Throwable e) {
    return java.util.stream.Stream.iterate(e, java.util.Objects::nonNull, Throwable::getCause).limit(10);
  }

  /** How many log-in sessions the app holds. */
  int sessionCount() {
    return sessions.size();
  }

  /** The app's address, http://HOST:PORT/. */
  public URI url() {
    return URI.create("http://localhost:" + http.port() + "/");
  }

  @Override
  public void close() {
    http.stop();
    edits.close(Duration.ofSeconds(5));
    store.close();
  }
}

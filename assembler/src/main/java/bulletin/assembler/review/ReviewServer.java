package bulletin.assembler.review;

import bulletin.assembler.render.DocxRenderer;
import bulletin.assembler.render.HtmlRenderer;
import bulletin.assembler.render.TextRenderer;
import bulletin.assembler.issue.FieldRules;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' and reviewers' web app: log in, read the draft as it will print with each item's
 * sources, confidence, reasons, merges and history, fix it, submit, approve or send back, publish,
 * download. Every change is an Edit on {@code bulletin.edits}; the page shows the draft the
 * assembler folds from them. Nothing but the log-in page without a session; every form carries
 * the session's CSRF token; request bodies are bounded; errors are plain sentences.
 */
public final class ReviewServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
  static final String COOKIE = "bulletin_session";
  /** The nonce cookie that the log-in form's token is bound to, before any session exists. */
  static final String LOGIN_COOKIE = "bulletin_login";
  static final int MAX_BODY = 64 * 1024;
  private static final long DRAIN_LIMIT = 8L * 1024 * 1024;
  private static final Pattern ISSUE = Pattern.compile("^/issues/(\\d{4}-\\d{2,})(/edit|/download\\.(docx|html|txt))?$");
  private static final Set<EditAction> EDITOR_ACTIONS = Set.of(EditAction.MOVE, EditAction.DROP, EditAction.REWRITE,
      EditAction.REORDER, EditAction.ADD, EditAction.SUBMIT, EditAction.TAKE_IN);
  /** How long the app waits for the assembler's verdict on an edit before it says the edit is still pending. */
  static final Duration VERDICT_WAIT = Duration.ofSeconds(10);
  private static final Set<EditAction> REVIEWER_ACTIONS = Set.of(EditAction.APPROVE, EditAction.REJECT, EditAction.PUBLISH);

  private final HttpServer server;
  private final Users users;
  private final Sessions sessions;
  private final ReviewStore store;
  private final BulletinProfile profile;
  private final KafkaProducer<String, Edit> edits;
  private final boolean secureCookies;
  private final Clock clock;
  private final LoginForm loginForm = new LoginForm();
  private final LoginThrottle throttle;

  /**
   * Settings of the review app.
   *
   * @param sessionsFile where sessions are kept across restarts, or null to keep them in memory only
   */
  public record Options(int port, String bindAddress, boolean secureCookies, Duration idleTimeout, Duration sessionLifetime,
      java.nio.file.Path sessionsFile) {}

  private ReviewServer(HttpServer server, Users users, ReviewStore store, BulletinProfile profile,
      KafkaProducer<String, Edit> edits, Options options, Clock clock) {
    this.server = server;
    this.users = users;
    this.sessions = new Sessions(clock, options.idleTimeout(), options.sessionLifetime(), options.sessionsFile(),
        users::find);
    this.store = store;
    this.profile = profile;
    this.edits = edits;
    this.secureCookies = options.secureCookies();
    this.clock = clock;
    this.throttle = new LoginThrottle(clock);
  }

  /** Starts the app; it reads Kafka from {@code store} and writes edits to {@code bootstrap}. */
  public static ReviewServer start(String bootstrap, Users users, ReviewStore store, BulletinProfile profile,
      Options options) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 0);
    var topic = Topics.BULLETIN_EDITS;
    KafkaProducer<String, Edit> producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.ACKS_CONFIG, "all"), topic.keySerde().serializer(), topic.valueSerde().serializer());
    ReviewServer app = new ReviewServer(http, users, store, profile, producer, options, Clock.systemUTC());
    http.createContext("/", app::handle);
    http.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "review-http");
      t.setDaemon(true);
      return t;
    }));
    http.start();
    return app;
  }

  /** How many log-in sessions the app holds. */
  int sessionCount() {
    return sessions.size();
  }

  /** The app's address, http://HOST:PORT/. */
  public URI url() {
    return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      ex.getResponseHeaders().set("Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      try {
        route(ex);
      } catch (BadRequest e) {
        send(ex, e.status, Pages.message("无法完成", e.getMessage(), null, ""));
      } catch (RuntimeException e) {
        LOG.error("review app: {} {} failed: {}", ex.getRequestMethod(), ex.getRequestURI().getPath(), e.getMessage(), e);
        send(ex, 500, Pages.message("出错了", "服务器出错，操作没有完成。请稍后重试，或联系运维。", null, ""));
      }
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    Optional<Sessions.Session> session = sessions.find(cookie(ex, COOKIE));
    if (path.equals("/login")) {
      if (method.equals("POST")) {
        login(ex, session, form(ex));
      } else {
        // No session before a log-in is posted: the form's token is bound to a nonce cookie instead.
        String nonce = LoginForm.nonce();
        setCookie(ex, LOGIN_COOKIE, nonce, LoginForm.LIFETIME);
        send(ex, 200, Pages.login(loginForm.token(nonce), null));
      }
      return;
    }
    if (session.isPresent() && session.get().user() != null && users.current(session.get().user()).isEmpty()) {
      // Removed, disabled, or given a new password or role since logging in: the session ends.
      sessions.close(session.get().id());
      session = Optional.empty();
    }
    if (session.isEmpty() || session.get().user() == null) {
      // Nothing but the log-in page without a session.
      redirect(ex, "/login");
      return;
    }
    Sessions.Session s = session.get();
    if (method.equals("POST")) {
      Map<String, String> form = form(ex);
      if (!s.csrf().equals(form.get("csrf"))) {
        throw new BadRequest(403, "表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。");
      }
      if (path.equals("/logout")) {
        sessions.close(s.id());
        setCookie(ex, COOKIE, "", Duration.ZERO);
        redirect(ex, "/login");
        return;
      }
      Matcher m = ISSUE.matcher(path);
      if (m.matches() && "/edit".equals(m.group(2))) {
        edit(ex, s, m.group(1), form);
        return;
      }
      throw new BadRequest(404, "没有这个页面。");
    }
    if (path.equals("/")) {
      send(ex, 200, Pages.issues(store.issues(), s.user(), s.csrf()));
      return;
    }
    Matcher m = ISSUE.matcher(path);
    if (!m.matches()) {
      throw new BadRequest(404, "没有这个页面。");
    }
    Draft d = store.draft(m.group(1)).orElseThrow(() -> new BadRequest(404, "没有第 " + m.group(1) + " 期的草稿。"));
    if (m.group(3) != null) {
      download(ex, d, m.group(3));
      return;
    }
    String edits = query(ex).get("edit");
    Notice notice = edits == null ? Notice.NONE : Notice.of(java.util.Arrays.stream(edits.split(","))
        .filter(id -> !id.isBlank()).limit(20).toList(), store);
    send(ex, 200, Pages.issue(d, profile, store, s.user(), s.csrf(), notice));
  }

  private void login(HttpExchange ex, Optional<Sessions.Session> session, Map<String, String> form) throws IOException {
    String nonce = cookie(ex, LOGIN_COOKIE);
    if (!loginForm.accepts(nonce, form.get("csrf"))) {
      throw new BadRequest(403, "登录表单已过期（CSRF 校验失败），请重新打开登录页。");
    }
    String name = form.getOrDefault("name", "");
    String address = ex.getRemoteAddress().getAddress().getHostAddress();
    Optional<Duration> wait = throttle.waitFor(name, address);
    if (wait.isPresent()) {
      LOG.warn("log-in attempts for {} from {} are held back for {} s", name, address, wait.get().toSeconds());
      send(ex, 429, Pages.login(form.get("csrf"), "登录失败次数过多，请 " + Math.max(1, (wait.get().toSeconds() + 59) / 60)
          + " 分钟后再试。"));
      return;
    }
    Optional<Users.User> user = users.authenticate(name, form.getOrDefault("password", "").toCharArray());
    if (user.isEmpty()) {
      throttle.failed(name, address);
      send(ex, 401, Pages.login(form.get("csrf"), "用户名或密码不对。"));
      return;
    }
    throttle.succeeded(name);
    session.ifPresent(old -> sessions.close(old.id())); // a new id after log-in: no session fixation
    Sessions.Session fresh = sessions.open(user.get());
    setCookie(ex, LOGIN_COOKIE, "", Duration.ZERO);
    setCookie(ex, COOKIE, fresh.id(), null);
    LOG.info("{} ({}) logged in to the review app", user.get().name(), user.get().role().wireName());
    redirect(ex, "/");
  }

  private void edit(HttpExchange ex, Sessions.Session s, String issueId, Map<String, String> form) throws IOException {
    Draft d = store.draft(issueId).orElseThrow(() -> new BadRequest(404, "没有第 " + issueId + " 期的草稿。"));
    if ("fields".equals(form.get("action"))) {
      fields(ex, s, d, form);
      return;
    }
    EditAction action;
    try {
      action = EditAction.parse(form.getOrDefault("action", ""));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, "未知的操作。");
    }
    Set<EditAction> allowed = s.user().role() == Role.EDITOR ? EDITOR_ACTIONS : REVIEWER_ACTIONS;
    if (!allowed.contains(action)) {
      throw new BadRequest(403, s.user().role().label() + "不能执行“" + action.wireName() + "”。");
    }
    if (d.status() == DraftStatus.PUBLISHED) {
      throw new BadRequest(409, "本期已发布，不能再修改。");
    }
    String itemId = blankToNull(form.get("itemId"));
    if (action == EditAction.ADD) {
      itemId = "added-" + UUID.randomUUID().toString().substring(0, 8);
    }
    Integer position = null;
    if (action == EditAction.REORDER) {
      try {
        position = Math.max(0, Integer.parseInt(form.getOrDefault("position", "1").strip()) - 1);
      } catch (NumberFormatException e) {
        throw new BadRequest(400, "位置应是数字。");
      }
    }
    Long seen = null;
    if (form.get("revision") != null) {
      try {
        seen = Long.parseLong(form.get("revision").strip());
      } catch (NumberFormatException e) {
        throw new BadRequest(400, "修订号应是数字。");
      }
    }
    Edit edit;
    try {
      edit = new Edit(Edit.SCHEMA, issueId, s.user().name(), clock.instant(), action, itemId,
          blankToNull(form.get("section")), blankToNull(form.get("headline")), form.get("body"), position,
          blankToNull(form.get("comment")), newEditId(), seen);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, "缺少必要的内容：" + e.getMessage());
    }
    LOG.info("{} {} on issue {}{}", s.user().name(), action.wireName(), issueId, itemId == null ? "" : " item " + itemId);
    answer(ex, s, d, java.util.List.of(edit), form);
  }

  /**
   * Sends the edits and answers with the assembler's verdicts: a redirect to the page that shows
   * them once all were applied, the page with the reasons (409) when one was refused, the page
   * saying they are pending (202) when the assembler has not answered in time.
   */
  private void answer(HttpExchange ex, Sessions.Session s, Draft d, java.util.List<Edit> sent, Map<String, String> form)
      throws IOException {
    java.util.List<String> ids = sent.stream().map(Edit::id).toList();
    boolean allApplied = true;
    try {
      for (Edit edit : sent) {
        edits.send(new ProducerRecord<>(Topics.BULLETIN_EDITS.name(), edit.issueId(), edit)).get();
      }
      for (Edit edit : sent) {
        var verdict = store.awaitResult(edit.id(), VERDICT_WAIT);
        allApplied &= verdict.map(bulletin.common.record.EditResult::applied).orElse(false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadRequest(503, "操作被中断，请重试。");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new BadRequest(503, "暂时无法保存（Kafka 不可用），请稍后重试。");
    }
    if (allApplied) {
      redirect(ex, "/issues/" + d.issueId() + "?edit=" + String.join(",", ids));
      return;
    }
    Notice notice = Notice.of(ids, store);
    Notice shown = notice.isRefusal() ? new Notice(notice.saved(), notice.errors(), notice.waiting(), typedFields(form))
        : notice;
    send(ex, notice.isRefusal() ? 409 : 202, Pages.issue(store.draft(d.issueId()).orElse(d), profile, store, s.user(),
        s.csrf(), shown));
  }

  private static Map<String, String> typedFields(Map<String, String> form) {
    Map<String, String> typed = new java.util.LinkedHashMap<>();
    form.forEach((k, v) -> {
      if (k.startsWith("masthead.") || k.startsWith("footer.")) {
        typed.put(k, v);
      }
    });
    return typed;
  }

  private static String newEditId() {
    return UUID.randomUUID().toString();
  }

  /** The masthead and footer form: one edit per field that changed. */
  private void fields(HttpExchange ex, Sessions.Session s, Draft d, Map<String, String> form) throws IOException {
    if (s.user().role() != Role.EDITOR) {
      throw new BadRequest(403, s.user().role().label() + "不能修改刊头与报送。");
    }
    if (d.status() != DraftStatus.DRAFTING) {
      throw new BadRequest(409, "本期不在编辑中，不能修改刊头与报送。");
    }
    var footer = profile.footer().with(d.footer());
    Map<String, String> current = new java.util.LinkedHashMap<>();
    current.put("masthead.number", Integer.toString(d.number()));
    current.put("masthead.date", d.date().toString());
    current.put("footer.reportTo", footer.reportTo());
    current.put("footer.sendTo", footer.sendTo());
    current.put("footer.editor", footer.editor());
    current.put("footer.reviewer", footer.reviewer());
    current.put("footer.phone", footer.phone());
    current.put("footer.copies", Integer.toString(footer.copies()));
    java.util.List<Edit> changed = new java.util.ArrayList<>();
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (var e : current.entrySet()) {
      String value = blankToNull(form.get(e.getKey()));
      if (value == null || value.equals(e.getValue())) {
        continue;
      }
      String[] key = e.getKey().split("\\.");
      boolean masthead = key[0].equals("masthead");
      (masthead ? FieldRules.mastheadProblem(key[1], value) : FieldRules.footerProblem(key[1], value))
          .ifPresent(problems::add);
      changed.add(new Edit(Edit.SCHEMA, d.issueId(), s.user().name(), clock.instant(),
          masthead ? EditAction.MASTHEAD : EditAction.FOOTER, key[1], null, null, value, null, null, newEditId(), null));
    }
    if (!problems.isEmpty()) {
      // Checked where typed: nothing is sent, and the form comes back with the values and the reasons.
      send(ex, 400, Pages.issue(d, profile, store, s.user(), s.csrf(),
          Notice.refusedForm(problems.stream().map(p -> "未保存：" + p + "。").toList(), typedFields(form))));
      return;
    }
    if (changed.isEmpty()) {
      send(ex, 200, Pages.issue(d, profile, store, s.user(), s.csrf(),
          new Notice(java.util.List.of("刊头与报送没有改动。"), java.util.List.of(), java.util.List.of(), Map.of())));
      return;
    }
    answer(ex, s, d, changed, form);
  }

  private void download(HttpExchange ex, Draft d, String format) throws IOException {
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
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"bulletin-" + d.issueId() + "." + format + "\"");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> form(HttpExchange ex) throws IOException {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
      throw new BadRequest(415, "只接受表单提交。");
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (InputStream in = ex.getRequestBody()) {
      byte[] chunk = new byte[8192];
      int n;
      long total = 0;
      while ((n = in.read(chunk)) > 0) {
        total += n;
        if (total <= MAX_BODY) {
          buf.write(chunk, 0, n);
        } else if (total > DRAIN_LIMIT) {
          break; // a client that keeps sending is cut off
        }
      }
      if (total > MAX_BODY) {
        // Read to the end first, so the client gets the answer rather than a reset connection.
        throw new BadRequest(413, "提交的内容太长（上限 64 KB）。");
      }
    }
    return decode(buf.toString(StandardCharsets.UTF_8));
  }

  private static Map<String, String> query(HttpExchange ex) {
    String q = ex.getRequestURI().getRawQuery();
    return q == null ? Map.of() : decode(q);
  }

  private static Map<String, String> decode(String encoded) {
    Map<String, String> out = new HashMap<>();
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String cookie(HttpExchange ex, String name) {
    for (String header : ex.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String part : header.split(";")) {
        String p = part.strip();
        if (p.startsWith(name + "=")) {
          return p.substring(name.length() + 1);
        }
      }
    }
    return null;
  }

  /** Sets a cookie; an empty value with a zero lifetime removes it, a null lifetime lasts the browser session. */
  private void setCookie(HttpExchange ex, String name, String value, Duration lifetime) {
    ex.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : "") + (lifetime == null ? "" : "; Max-Age=" + lifetime.toSeconds()));
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(303, -1);
  }

  private static void send(HttpExchange ex, int status, Document page) throws IOException {
    byte[] body = ("<!DOCTYPE html>\n" + page.outerHtml()).getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public void close() {
    server.stop(0);
    edits.close(Duration.ofSeconds(5));
    store.close();
  }

  /** A request that cannot be served, with the status and a sentence for the user. */
  static final class BadRequest extends RuntimeException {
    final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}

package bulletin.review.feeds;

import bulletin.collector.fetch.FetchException;
import bulletin.collector.fetch.FetchedPage;
import bulletin.collector.fetch.Fetcher;
import bulletin.collector.parse.DecodedPage;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.collector.source.SourceListing;
import bulletin.collector.suggest.ArticleReading;
import bulletin.collector.suggest.ListSuggester;
import bulletin.collector.suggest.SourceYaml;
import bulletin.collector.suggest.Suggestion;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.PublishedAt;
import bulletin.common.record.SourceLevel;
import bulletin.review.ReviewServer;
import bulletin.review.BadRequest;
import bulletin.review.Pages;
import bulletin.review.Role;
import bulletin.review.Sessions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds page: a feed adder (role {@code feeds}) or an editor gives a page's URL or uploads a
 * saved copy, sees the article lists the collector's suggest finds there with their items and
 * dates, names one, reads its first article as the collector would, and lists it on
 * {@code collector.sources} (origin {@code app}), where the running collectors pick it up; or
 * downloads its YAML for the sources folder. Listed sources can be paused and resumed here too.
 */
public final class SourceAdding {
  private static final Logger LOG = LoggerFactory.getLogger(SourceAdding.class);
  private static final Pattern YAML_FILE = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.yaml");
  /** The source form's fields, which the pages carry from one step to the next. */
  static final List<String> FIELDS = List.of("listUrl", "item", "link", "date", "firstUrl", "firstTitle", "firstDate",
      "id", "name", "level", "sectionHint");

  private final SourceListing listing;
  private final Fetcher fetcher;
  private final BulletinProfile profile;

  public SourceAdding(SourceListing listing, Fetcher fetcher, BulletinProfile profile) {
    this.listing = listing;
    this.fetcher = fetcher;
    this.profile = profile;
  }

  /** Adds the feeds page's routes to the app. */
  public void register(ReviewServer.Routes routes) {
    routes.get("/feeds", this::list);
    routes.get("/feeds/sources/{file}", this::download);
    routes.post("/feeds/suggest", this::suggest);
    routes.post("/feeds/source", this::source);
    routes.post("/feeds/pause", this::pause);
    routes.post("/feeds/resume", this::resume);
    routes.post("/feeds/remove", this::remove);
  }

  private static void requireAdder(Sessions.Session s) {
    if (s.user().role() == Role.REVIEWER) {
      throw new BadRequest(403, s.user().role().label() + "不能维护信息源：请用信息员或编辑的账号。");
    }
  }

  private void list(Context ctx, Sessions.Session s) {
    requireAdder(s);
    String notice = Optional.ofNullable(ctx.queryParam("added")).map(id -> "已发布信息源 " + id + "：运行中的采集服务即刻开始采集。")
        .or(() -> Optional.ofNullable(ctx.queryParam("changed")).map(id -> "信息源 " + id + " 已更新。"))
        .or(() -> Optional.ofNullable(ctx.queryParam("removed")).map(id -> "信息源 " + id + " 已删除。"))
        .orElse(null);
    Pages.send(ctx, 200, SourcePages.listing(listing.read(), s, notice));
  }

  private void download(Context ctx, Sessions.Session s) {
    requireAdder(s);
    var m = YAML_FILE.matcher(ctx.pathParam("file"));
    if (!m.matches()) {
      throw new BadRequest(404, "没有这个页面。");
    }
    SourceListing.Entry entry = listing.read().get(m.group(1));
    if (entry == null) {
      throw new BadRequest(404, "没有列出信息源 " + m.group(1) + "。");
    }
    yaml(ctx, entry.source().definition(), "listed on " + ListedSource.TOPIC.name() + " (origin "
        + entry.source().origin() + ", by " + entry.source().changedBy() + ")");
  }

  /** Step 1: the page's article lists, from its URL or an uploaded copy. */
  private void suggest(Context ctx, Sessions.Session s) {
    requireAdder(s);
    URI pageUrl = pageUrl(ctx.formParam("url"));
    UploadedFile upload = ctx.isMultipartFormData() ? ctx.uploadedFile("page") : null;
    String html;
    try {
      if (upload != null && upload.size() > 0) {
        byte[] bytes;
        try (InputStream in = upload.content()) {
          bytes = in.readAllBytes();
        }
        html = PageDecoder.decode(pageUrl, bytes, Optional.ofNullable(upload.contentType()), Optional.empty());
      } else {
        FetchedPage page = fetcher.fetch(pageUrl, false);
        pageUrl = page.url();
        html = PageDecoder.decode(pageUrl, page.body(), page.contentType(), Optional.empty());
      }
    } catch (FetchException e) {
      throw new BadRequest(502, "无法读取这个网页（" + e.getMessage() + "）。可以另存网页后上传。");
    } catch (PageDecoder.DecodeException e) {
      throw new BadRequest(422, "无法解码这个网页：" + e.getMessage());
    } catch (IOException e) {
      throw new BadRequest(400, "上传的文件读不出来：" + e.getMessage());
    }
    Suggestion suggestion = ListSuggester.suggest(html, pageUrl, today());
    LOG.info("{} looked for lists on {} ({}): {} found", s.user().name(), pageUrl, upload != null && upload.size() > 0
        ? "uploaded copy" : "fetched", suggestion.candidates().size());
    Pages.send(ctx, 200, SourcePages.candidates(suggestion, s, profile));
  }

  /** Step 2: one list as a source: test its first article, publish it, or download its YAML. */
  private void source(Context ctx, Sessions.Session s) {
    requireAdder(s);
    Map<String, String> fields = new LinkedHashMap<>();
    FIELDS.forEach(f -> fields.put(f, Optional.ofNullable(ctx.formParam(f)).map(String::strip).orElse("")));
    SourceDefinition definition;
    try {
      definition = definition(fields);
    } catch (IllegalArgumentException e) {
      Pages.send(ctx, 400, SourcePages.source(fields, s, profile, null, "信息源定义有误：" + e.getMessage() + "。"));
      return;
    }
    switch (Optional.ofNullable(ctx.formParam("action")).orElse("")) {
      case "test" -> Pages.send(ctx, 200, SourcePages.source(fields, s, profile, firstArticle(fields), null));
      case "yaml" -> yaml(ctx, definition, "added in the review app by " + s.user().name());
      case "publish" -> {
        try {
          listing.add(definition, s.user().name());
        } catch (IllegalArgumentException e) {
          Pages.send(ctx, 409, SourcePages.source(fields, s, profile, null, "未发布：" + e.getMessage() + "。"));
          return;
        }
        LOG.info("{} listed source {} ({}) on {}", s.user().name(), definition.id(), definition.listUrls().get(0),
            ListedSource.TOPIC.name());
        ctx.redirect("/feeds?added=" + URLEncoder.encode(definition.id(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
      }
      default -> throw new BadRequest(400, "未知的操作。");
    }
  }

  /** The first article of the list, read as the collector reads it: what decides its title, date and body. */
  private SourcePages.Trial firstArticle(Map<String, String> fields) {
    URI url;
    try {
      url = URI.create(fields.get("firstUrl"));
    } catch (IllegalArgumentException e) {
      return SourcePages.Trial.failed("第一篇文章的地址“" + fields.get("firstUrl") + "”不是网址。");
    }
    Optional<LocalDate> listDate = Optional.empty();
    try {
      listDate = fields.get("firstDate").isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(fields.get("firstDate")));
    } catch (java.time.format.DateTimeParseException e) {
      // the list showed no readable date: the article's own is read
    }
    try {
      FetchedPage page = fetcher.fetch(url, false);
      DecodedPage decoded = PageDecoder.read(page.url(), page.body(), page.contentType(), Optional.empty());
      return SourcePages.Trial.of(ArticleReading.of(decoded.text(), page.url(), fields.get("firstTitle"), listDate,
          today()), page.url());
    } catch (FetchException e) {
      return SourcePages.Trial.failed("无法读取第一篇文章（" + e.getMessage() + "）。");
    } catch (PageDecoder.DecodeException e) {
      return SourcePages.Trial.failed("第一篇文章无法解码：" + e.getMessage());
    }
  }

  private void pause(Context ctx, Sessions.Session s) {
    requireAdder(s);
    String reason = Optional.ofNullable(ctx.formParam("reason")).map(String::strip).orElse("");
    if (reason.isEmpty()) {
      throw new BadRequest(400, "暂停信息源 " + ctx.formParam("id") + " 需要写明原因。");
    }
    changeSource(ctx, s, "changed", id -> listing.pause(id, reason, s.user().name()));
  }

  private void resume(Context ctx, Sessions.Session s) {
    changeSource(ctx, s, "changed", id -> listing.resume(id, s.user().name()));
  }

  private void remove(Context ctx, Sessions.Session s) {
    changeSource(ctx, s, "removed", listing::remove);
  }

  /**
   * Applies {@code change} to the listed source the form names, then goes back to the list, which
   * says what was {@code done}; a source the change does not apply to (unknown, or one of the
   * folder's for a removal) is refused with the listing's sentence.
   */
  private void changeSource(Context ctx, Sessions.Session s, String done, Consumer<String> change) {
    requireAdder(s);
    String id = Optional.ofNullable(ctx.formParam("id")).orElse("");
    try {
      change.accept(id);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(409, e.getMessage());
    }
    LOG.info("{} {} source {} on {}", s.user().name(), done, id, ListedSource.TOPIC.name());
    ctx.redirect("/feeds?" + done + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
  }

  /** The source the form describes; an IllegalArgumentException names the field that is wrong. */
  static SourceDefinition definition(Map<String, String> f) {
    SourceLevel level = SourceLevel.parse(f.get("level"));
    ListSelectors list = new ListSelectors(f.get("item"), f.get("link"), null, f.get("date").isEmpty() ? null : f.get("date"));
    return new SourceDefinition(f.get("id"), f.get("name"), level, f.get("sectionHint"), SourceDefinition.HTML,
        List.of(f.get("listUrl")), null, null, null, list, null, null, null, null, true, false);
  }

  private static void yaml(Context ctx, SourceDefinition d, String comment) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + d.id() + ".yaml\"");
    ctx.contentType("application/yaml; charset=utf-8").result(SourceYaml.of(d, d.name() + ", " + comment));
  }

  private static URI pageUrl(String text) {
    String url = text == null ? "" : text.strip();
    try {
      URI u = URI.create(url);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u.getPath() == null || u.getPath().isEmpty() ? u.resolve("/") : u;
      }
    } catch (IllegalArgumentException e) {
      // said below
    }
    throw new BadRequest(400, "网址“" + url + "”不是 http 或 https 地址（上传另存的网页时，也请填写它原来的网址）。");
  }

  private static LocalDate today() {
    return LocalDate.now(PublishedAt.ZONE);
  }
}

package bulletin.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.config.Settings;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.WebSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feeds page over plain HTTP, on an app configured as in production (private and loopback
 * addresses refused): scraped text shows as text, bad input comes back as a sentence naming the
 * field, a reviewer is kept out.
 */
class FeedsPageTest {
  @TempDir static Path dir;
  static FeedSite site;
  static ReviewServer app;

  @BeforeAll
  static void start() throws Exception {
    site = FeedSite.start("<img src=x onerror=alert(1)>关于开展科技型企业评价工作的通知");
    Path users = dir.resolve("users.txt");
    Users.load(users).put("王信息员", Role.FEEDS, "feeds-password".toCharArray());
    Users.load(users).put("乔栋", Role.REVIEWER, "reviewer-password".toCharArray());
    app = ReviewMain.start(Settings.load(ReviewMain.DEFAULTS, Map.of("kafka.bootstrap", SharedKafka.bootstrapServers(),
        "review.port", "0", "review.users-file", users.toString(), "review.sessions-file", "", "metrics.port", "-1")),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    app.close();
    site.close();
  }

  private static WebSession adder() throws Exception {
    WebSession s = new WebSession(app.url());
    assertEquals(303, s.login("王信息员", "feeds-password").statusCode());
    return s;
  }

  @Test
  void aLoopbackAddressIsRefusedUnlessConfigured() throws Exception {
    WebSession s = adder();
    var r = s.post("/feeds/suggest", Map.of("csrf", s.csrf("/feeds"), "url", site.listUrl()));
    assertEquals(502, r.statusCode(), r.body());
    String text = Jsoup.parse(r.body()).text();
    assertTrue(text.contains("refused") && text.contains("127.0.0.1"), text);
    assertEquals(0, site.site.hits("/tzgg/"), "nothing was fetched");
  }

  @Test
  void anUploadedPagesHeadlinesShowAsTextAndEachListHasASourceForm() throws Exception {
    WebSession s = adder();
    var r = s.postFile("/feeds/suggest", Map.of("csrf", s.csrf("/feeds"), "url", site.listUrl()), "page", "tzgg.html",
        site.listHtml.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    Document page = Jsoup.parse(r.body());
    assertTrue(page.select("img, script").isEmpty(), "no scraped markup became an element");
    assertTrue(page.text().contains("<img src=x onerror=alert(1)>关于开展科技型企业评价工作的通知"), page.text());
    assertEquals("通知公告", page.selectFirst("#candidate-1 h2").text().replaceAll("^列表 1：|（.*$", ""));
    assertTrue(page.selectFirst("#candidate-1 select[name=level] option[selected]") != null, "the level is guessed");
    assertEquals(site.listUrl(), page.selectFirst("#candidate-1 input[name=listUrl]").val());
  }

  @Test
  void aWrongFieldIsNamedAndTheFormKept() throws Exception {
    WebSession s = adder();
    Map<String, String> form = new LinkedHashMap<>(Map.of("csrf", s.csrf("/feeds"), "action", "publish",
        "listUrl", site.listUrl(), "item", "ul.list > li", "link", "a", "date", "span.date", "id", "test-bad",
        "name", "测试市科技局", "level", "county", "sectionHint", "科技专项"));
    var r = s.post("/feeds/source", form);
    assertEquals(400, r.statusCode());
    Document page = Jsoup.parse(r.body());
    assertTrue(page.selectFirst("p.refused").text().contains("sourceLevel 'county' is not one of"), page.text());
    assertEquals("测试市科技局", page.selectFirst("input[name=name]").val(), "the typed values come back");

    form.put("level", "municipal");
    form.put("id", "Bad Id");
    var badId = s.post("/feeds/source", form);
    assertEquals(400, badId.statusCode());
    assertTrue(Jsoup.parse(badId.body()).selectFirst("p.refused").text().contains("id 'Bad Id' must be lowercase"),
        badId.body());

    var noUrl = s.post("/feeds/suggest", Map.of("csrf", s.csrf("/feeds"), "url", "ftp://example.gov.cn/"));
    assertEquals(400, noUrl.statusCode());
    assertTrue(Jsoup.parse(noUrl.body()).text().contains("网址“ftp://example.gov.cn/”不是 http 或 https 地址"));
    assertFalse(noUrl.body().contains("Exception"));
  }

  @Test
  void aSourceDownloadsAsYamlTheCollectorReads() throws Exception {
    WebSession s = adder();
    var r = s.post("/feeds/source", Map.of("csrf", s.csrf("/feeds"), "action", "yaml", "listUrl", site.listUrl(),
        "item", "ul.list > li", "link", "a", "date", "span.date", "id", "test-yaml", "name", "测试市科技局",
        "level", "municipal", "sectionHint", "科技专项"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("test-yaml.yaml"));
    Path file = dir.resolve("test-yaml.yaml");
    java.nio.file.Files.writeString(file, r.body(), StandardCharsets.UTF_8);
    var d = bulletin.collector.source.SourceCatalog.read(file);
    assertEquals("测试市科技局", d.name());
    assertEquals("span.date", d.list().date());
    assertEquals("科技专项", d.sectionHint());
  }

  @Test
  void aReviewerIsKeptOutOfTheFeedsPage() throws Exception {
    WebSession s = new WebSession(app.url());
    assertEquals(303, s.login("乔栋", "reviewer-password").statusCode());
    var r = s.get("/feeds");
    assertEquals(403, r.statusCode());
    assertTrue(Jsoup.parse(r.body()).text().contains("审核不能维护信息源"), r.body());
  }

  @Test
  void anOversizedUploadIsRefusedWithASentence() throws Exception {
    WebSession s = adder();
    var r = s.postFile("/feeds/suggest", Map.of("csrf", s.csrf("/feeds"), "url", site.listUrl()), "page", "big.html",
        new byte[5 * 1024 * 1024]);
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(Jsoup.parse(r.body()).text().contains("上传的网页太大"), r.body());
  }
}

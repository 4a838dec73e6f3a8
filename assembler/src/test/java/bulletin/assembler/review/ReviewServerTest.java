package bulletin.assembler.review;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.WebSession;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review app over HTTP, on the real assembler and broker. */
class ReviewServerTest {
  @TempDir static Path dir;
  static ReviewFixture app;
  static final String ISSUE = "2023-06";
  static final String RUN = UUID.randomUUID().toString().substring(0, 6);
  static ClassifiedAnnouncement hostile;
  static ClassifiedAnnouncement plain;

  @BeforeAll
  static void start() throws Exception {
    app = new ReviewFixture(dir);
    hostile = item("xss-" + RUN, "科技政策", SourceLevel.NATIONAL, "科技部", "2023-06-10",
        "<script>alert('x')</script>科技部发布新政策", "科技部发布新政策。<img src=x onerror=alert(1)>");
    plain = item("plain-" + RUN, "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2023-06-12",
        "市科技局召开党组会议", "6月12日，市科技局召开党组会议。");
    app.classified(hostile, plain);
    app.awaitDraftWith(ISSUE, plain.id());
    app.awaitDraftWith(ISSUE, hostile.id());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static WebSession as(String name, String password) throws Exception {
    WebSession s = new WebSession(app.server.url());
    assertEquals(303, s.login(name, password).statusCode());
    return s;
  }

  @Test
  void withoutASessionOnlyTheLogInPageIsServed() throws Exception {
    WebSession anonymous = new WebSession(app.server.url());
    for (String path : new String[] {"/", "/issues/" + ISSUE, "/issues/" + ISSUE + "/download.docx"}) {
      var r = anonymous.get(path);
      assertEquals(303, r.statusCode(), path);
      assertEquals("/login", r.headers().firstValue("Location").orElseThrow(), path);
    }
    var login = anonymous.get("/login");
    assertEquals(200, login.statusCode());
    assertTrue(Jsoup.parse(login.body()).selectFirst("input[name=password]") != null);
    assertTrue(login.headers().firstValue("Set-Cookie").orElseThrow().contains("HttpOnly; SameSite=Strict; Secure"));
  }

  @Test
  void eachItemsMoveControlShowsTheSectionItIsIn() throws Exception {
    Document page = Jsoup.parse(as("程继东", ReviewFixture.EDITOR_PASSWORD).get("/issues/" + ISSUE).body());
    var policy = page.selectFirst("div.item[data-item=" + hostile.id() + "] select[name=section] option[selected]");
    var meeting = page.selectFirst("div.item[data-item=" + plain.id() + "] select[name=section] option[selected]");
    assertEquals("科技政策", policy == null ? null : policy.val());
    assertEquals("部门动态", meeting == null ? null : meeting.val());
  }

  @Test
  void aWrongPasswordIsRefusedWithAPlainMessage() throws Exception {
    WebSession s = new WebSession(app.server.url());
    var r = s.login("程继东", "wrong-password");
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("用户名或密码不对"), r.body());
  }

  @Test
  void scrapedMarkupIsShownAsText() throws Exception {
    var page = as("程继东", ReviewFixture.EDITOR_PASSWORD).get("/issues/" + ISSUE);
    assertEquals(200, page.statusCode());
    Document doc = Jsoup.parse(page.body());
    assertTrue(doc.select("script").isEmpty(), "no script element reached the page");
    assertTrue(doc.select("img").isEmpty(), "no img element reached the page");
    assertTrue(doc.text().contains("<script>alert('x')</script>科技部发布新政策"), "the title shows as text");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    WebSession editor = as("程继东", ReviewFixture.EDITOR_PASSWORD);
    var r = editor.post("/issues/" + ISSUE + "/edit", Map.of("action", "drop", "itemId", plain.id()));
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("CSRF"), r.body());
    var forged = editor.post("/issues/" + ISSUE + "/edit", Map.of("action", "drop", "itemId", plain.id(), "csrf", "guess"));
    assertEquals(403, forged.statusCode());
  }

  @Test
  void anEditorCannotApproveNorAReviewerEdit() throws Exception {
    var byEditor = as("程继东", ReviewFixture.EDITOR_PASSWORD).edit(ISSUE, Map.of("action", "approve"));
    assertEquals(403, byEditor.statusCode());
    assertTrue(byEditor.body().contains("编辑不能执行"), byEditor.body());
    var byReviewer = as("乔栋", ReviewFixture.REVIEWER_PASSWORD).edit(ISSUE, Map.of("action", "drop", "itemId", plain.id()));
    assertEquals(403, byReviewer.statusCode());
  }

  @Test
  void anOversizedFormIsRefused() throws Exception {
    var r = as("程继东", ReviewFixture.EDITOR_PASSWORD).edit(ISSUE, Map.of("action", "add", "section", "部门动态",
        "headline", "长".repeat(40_000)));
    assertEquals(413, r.statusCode());
  }

  @Test
  void downloadsAreTheDraftInEachFormat() throws Exception {
    WebSession editor = as("程继东", ReviewFixture.EDITOR_PASSWORD);
    var docx = editor.getBytes("/issues/" + ISSUE + "/download.docx");
    assertEquals(200, docx.statusCode());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("【部门动态】")));
    }
    var txt = editor.get("/issues/" + ISSUE + "/download.txt");
    assertTrue(txt.body().contains("【部门动态】") && txt.body().startsWith("\n\n科 技 简 报"), txt.body());
    assertTrue(txt.headers().firstValue("Content-Disposition").orElseThrow().contains("bulletin-2023-06.txt"));
  }

  @Test
  void anEditorSetsTheMastheadAndFooterOfAnIssue() throws Exception {
    WebSession editor = as("程继东", ReviewFixture.EDITOR_PASSWORD);
    var r = editor.edit(ISSUE, Map.of("action", "fields", "masthead.number", "7", "masthead.date", "2023-06-26",
        "footer.editor", "张三", "footer.copies", "30"));
    assertEquals(303, r.statusCode(), r.body());
    var d = app.store.draft(ISSUE).orElseThrow();
    assertEquals(7, d.number());
    assertEquals(java.time.LocalDate.of(2023, 6, 26), d.date());
    String txt = editor.get("/issues/" + ISSUE + "/download.txt").body();
    assertTrue(txt.contains("第 7 期") && txt.contains("2023 年 6 月 26 日") && txt.contains("编辑：张三")
        && txt.contains("(共印 30 份)"), txt);
    assertEquals(DraftStatus.DRAFTING, d.status());
  }
}

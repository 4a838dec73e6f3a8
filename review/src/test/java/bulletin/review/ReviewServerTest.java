package bulletin.review;

import static bulletin.review.Items.item;
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
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    for (String attribute : new String[] {"HttpOnly", "SameSite=Strict", "Secure", "Path=/"}) {
      assertTrue(java.util.Arrays.stream(cookie.split(";")).anyMatch(a -> a.strip().equalsIgnoreCase(attribute)), cookie);
    }
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

  @Test
  void aMastheadFieldTypedWrongIsRefusedOnTheFormWithTheReasonAndNothingIsSent() throws Exception {
    WebSession editor = as("程继东", ReviewFixture.EDITOR_PASSWORD);
    long before = app.store.draft(ISSUE).orElseThrow().revision();
    var r = editor.edit(ISSUE, Map.of("action", "fields", "masthead.number", "第七", "masthead.date", "2023-02-30"));
    assertEquals(400, r.statusCode());
    Document page = Jsoup.parse(r.body());
    String errors = page.select("p.refused").text();
    assertTrue(errors.contains("期号“第七”不是 1 到 9999 之间的整数") && errors.contains("日期“2023-02-30”不是有效的日期"), errors);
    assertTrue(!r.body().contains("已保存"), "nothing says saved");
    assertEquals("2023-02-30", page.selectFirst("input[name=masthead.date]").val(), "the typed value is kept");
    assertEquals("[1-9][0-9]{0,3}", page.selectFirst("input[name=masthead.number]").attr("pattern"));
    assertEquals(before, app.store.draft(ISSUE).orElseThrow().revision(), "no edit was sent");
  }

  @Test
  void anEditTheAssemblerRefusesIsShownWithItsReasonNotAsSaved() throws Exception {
    var r = as("乔栋", ReviewFixture.REVIEWER_PASSWORD).edit(ISSUE, Map.of("action", "approve"));
    assertEquals(409, r.statusCode(), r.body());
    String errors = Jsoup.parse(r.body()).select("p.refused").text();
    assertTrue(errors.contains("未保存：本期编辑中，不是待审核，不能审核通过"), errors);
    assertTrue(!r.body().contains("已保存"), r.body());
  }

  @Test
  void anAppliedEditSaysSavedOnlyThroughTheAssemblersVerdict() throws Exception {
    WebSession editor = as("程继东", ReviewFixture.EDITOR_PASSWORD);
    var r = editor.edit(ISSUE, Map.of("action", "reorder", "itemId", plain.id(), "position", "1"));
    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    String editId = location.substring(location.indexOf("edit=") + 5);
    var verdict = app.store.result(editId).orElseThrow();
    assertTrue(verdict.applied());
    assertTrue(app.store.draft(ISSUE).orElseThrow().revision() >= verdict.revision(), "the page shows the applied edit");
    assertTrue(editor.get(location).body().contains("已保存：reorder"));
    var forged = editor.get("/issues/" + ISSUE + "?edit=no-such-edit").body();
    assertTrue(!forged.contains("已保存") && forged.contains("尚未得到汇编服务的确认"), forged);
  }
}

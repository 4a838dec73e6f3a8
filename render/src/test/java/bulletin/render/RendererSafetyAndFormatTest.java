package bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.SourceRef;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RendererSafetyAndFormatTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();

  static Draft draft(String headline, String body, String url) {
    return new Draft(1, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), DraftStatus.DRAFTING, 3, List.of(
        new DraftSection("高层声音", List.of(new DraftItem(headline, body, List.of("a"),
            List.of(new SourceRef("求是", url)), 0.9))),
        new DraftSection("科技政策", List.of()),
        new DraftSection("部门动态", List.of(new DraftItem("3月9日，市科技局召开党组会议。", "", List.of("b"),
            List.of(new SourceRef("市科技局", "https://kjj.ordos.gov.cn/gzdt/1.html")), 0.8)))), 2, List.of(), null, null);
  }

  @Test
  void scrapedMarkupInTheHtmlIsShownAsText() {
    String html = HtmlRenderer.render(draft("<script>alert('x')</script>标题。", "<img src=x onerror=alert(1)>正文",
        "javascript:alert(2)"), PROFILE);
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), "no script element");
    assertTrue(doc.select("img").isEmpty(), "no img element");
    assertTrue(doc.select("a[href^=javascript]").isEmpty(), "no javascript link");
    assertTrue(doc.text().contains("<script>alert('x')</script>标题。"), "the markup shows as text");
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  @Test
  void theHtmlIsLaidOutLikeTheBulletinAndPrintsOnA4() {
    Document doc = Jsoup.parse(HtmlRenderer.render(draft("标题。", "正文。", "https://www.qstheory.cn/a.htm"), PROFILE));
    assertEquals("科技简报", doc.selectFirst(".masthead h1").text());
    assertEquals("第 1 期", doc.selectFirst(".number").text());
    assertEquals(List.of("【高层声音】", "【部门动态】"), doc.select("h2").eachText());
    assertEquals("https://www.qstheory.cn/a.htm", doc.selectFirst(".sources a").attr("href"));
    assertTrue(doc.selectFirst("style").data().contains("size: A4"));
    assertTrue(doc.selectFirst("style").data().contains("@media print"));
    assertEquals("(共印 20 份)", doc.select(".roles span").last().text());
  }

  @Test
  void theDocxReadsBackWithItsHeadingsItemsAndFooter() throws Exception {
    byte[] docx = DocxRenderer.render(draft("《求是》杂志发表习近平总书记重要文章。", "文章强调，科学技术从来没有像今天这样深刻影响着国家前途命运。",
        "https://www.qstheory.cn/a.htm"), PROFILE);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertEquals("科 技 简 报", paragraphs.get(0));
      assertEquals("第 1 期", paragraphs.get(1));
      assertTrue(paragraphs.get(2).startsWith("鄂尔多斯市科学技术局") && paragraphs.get(2).endsWith("2021 年 3 月 25 日"));
      assertTrue(paragraphs.contains("【高层声音】"));
      assertTrue(paragraphs.contains("【部门动态】"));
      assertFalse(paragraphs.contains("【科技政策】"), "an empty section is not printed");
      assertTrue(paragraphs.contains("《求是》杂志发表习近平总书记重要文章。文章强调，科学技术从来没有像今天这样深刻影响着国家前途命运。"));
      assertTrue(paragraphs.contains("3月9日，市科技局召开党组会议。"));
      assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("报：鄂尔多斯市委")));
      assertTrue(paragraphs.contains("(共印 20 份)"));
      var titleRun = doc.getParagraphs().get(0).getRuns().get(0);
      assertEquals("D00000", titleRun.getColor(), "a red masthead");
      assertEquals(1, doc.getFooterList().size(), "a footer with the page number");
      assertTrue(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText().contains("PAGE"));
    }
  }

  @Test
  void onlyHttpAndHttpsAddressesAreLinks() {
    assertTrue(HtmlRenderer.isWebLink("https://kjj.ordos.gov.cn/gzdt/1.html"));
    assertTrue(HtmlRenderer.isWebLink("HTTP://www.most.gov.cn/"), "the scheme in any case");
    assertFalse(HtmlRenderer.isWebLink("javascript:alert(1)"));
    assertFalse(HtmlRenderer.isWebLink("ftp://example.org/a"));
    assertFalse(HtmlRenderer.isWebLink("/gzdt/1.html"), "no scheme");
    assertFalse(HtmlRenderer.isWebLink("http://a b/c d"), "not an address at all");
  }
}

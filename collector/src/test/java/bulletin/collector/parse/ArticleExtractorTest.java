package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final URI URL = URI.create("https://kjj.ordos.gov.cn/gzdt/202103/t20210309_2870001.html");
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);
  private static final ArticleSelectors NONE = new ArticleSelectors(null, null, null);

  @Test
  void malformedHtmlStillGivesTitleDateTextAndAttachments() {
    String html = "<html><head><title>市科技局召开党组会议 - 鄂尔多斯市科学技术局<body>"
        + "<div class=nav><a href=/>首页</a> > <a href=/gzdt/>工作动态</a></div>"
        + "<div class=content><h1>市科技局召开2021年第3次党组（扩大）会议"
        + "<div class=info>发布时间：2021-03-09 17:20 【打印】 【关闭】"
        + "<div class=text><p>3月9日，市科技局召开2021年第3次党组（扩大）会议。<p>会议传达学习了全市“两会”精神，"
        + "研究部署推进“科技兴蒙”行动。<p>附件：<a href=/files/2021/plan.docx>工作要点.docx</a>"
        + "<div class=footer>主办单位：鄂尔多斯市科学技术局 蒙ICP备000000号";
    Article a = ArticleExtractor.extract(html, URL, NONE, "市科技局召开2021年第3次党组（扩大）会议", Optional.empty(), TODAY);
    assertEquals("市科技局召开2021年第3次党组（扩大）会议", a.title());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), a.publishedAt());
    assertTrue(a.text().startsWith("3月9日，市科技局召开2021年第3次党组（扩大）会议。\n会议传达学习了全市“两会”精神，研究部署推进“科技兴蒙”行动。"),
        a.text());
    assertTrue(!a.text().contains("主办单位") && !a.text().contains("打印"), a.text());
    assertEquals(1, a.attachments().size());
    assertEquals("https://kjj.ordos.gov.cn/files/2021/plan.docx", a.attachments().get(0).url());
  }

  @Test
  void htmlInTheTextIsNotCarriedOver() {
    String html = "<div id=zoom><p>标题里的&lt;script&gt;alert(1)&lt;/script&gt;是文字</p><script>alert(2)</script>"
        + "<p onclick=\"x()\">第二段<img src=x onerror=alert(3)></p></div>";
    Article a = ArticleExtractor.extract(html, URL, new ArticleSelectors(null, null, "#zoom"), "标题", Optional.of(TODAY), TODAY);
    assertEquals("标题里的<script>alert(1)</script>是文字\n第二段", a.text());
  }

  @Test
  void aPageWithoutADateHasNone() {
    String html = "<div id=zoom><p>正文没有日期。</p></div>";
    Article a = ArticleExtractor.extract(html, URI.create("https://example.gov.cn/a.html"), NONE, "无日期", Optional.empty(), TODAY);
    assertTrue(a.publishedAt().isEmpty());
  }

  private static final String PROSE_1 = "3月9日，市科技局召开2021年第3次党组（扩大）会议，传达学习全市“两会”精神，研究部署推进“科技兴蒙”行动。";
  private static final String PROSE_2 = "会议强调，要聚焦重点产业关键技术，组织实施一批重大科技专项，推动创新链与产业链深度融合。";

  @Test
  void aTrsEditorBlockIsTheBodyEvenInsideAnotherArticleBlock() {
    String html = "<div class=article-body><h1>标题</h1><div class=TRS_Editor><p>" + PROSE_1 + "</p><p>" + PROSE_2
        + "</p></div><div class=bdsharebuttonbox>分享到：<a>微信</a><a>微博</a></div>"
        + "<div class=xglj><a href=/a.html>相关链接一</a><a href=/b.html>相关链接二</a></div></div>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "标题", Optional.of(TODAY), TODAY);
    assertEquals(PROSE_1 + "\n" + PROSE_2, a.text());
    assertEquals(ExtractionPath.CMS_MARKER, a.path());
    assertEquals("div.TRS_Editor", a.foundIn());
  }

  @Test
  void contentStartAndEndCommentsMarkTheBody() {
    String html = "<table><tr><td><a href=/>首页</a> <a href=/x/>工作动态</a></td></tr><tr><td>"
        + "<!--ContentStart--><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><!--ContentEnd-->"
        + "<p>上一篇：<a href=/p.html>某某会议召开</a></p></td></tr></table>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "标题", Optional.of(TODAY), TODAY);
    assertEquals(PROSE_1 + "\n" + PROSE_2, a.text());
    assertEquals(ExtractionPath.CMS_MARKER, a.path());
  }

  @Test
  void contentStartAndEndMetasMarkTheBodyAcrossBlocks() {
    String html = "<div class=wrap><div class=nav><a href=/>首页</a></div><div class=info>来源：市科技局</div>"
        + "<div class=main><meta name=\"ContentStart\"><div class=lead><p>" + PROSE_1 + "</p></div></div>"
        + "<div class=rest><p>" + PROSE_2 + "</p><meta name=\"ContentEnd\"><p>相关阅读：<a href=/r.html>另一篇</a></p></div></div>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "标题", Optional.of(TODAY), TODAY);
    assertEquals(PROSE_1 + "\n" + PROSE_2, a.text());
    assertEquals(ExtractionPath.CMS_MARKER, a.path());
    assertEquals("ContentStart/ContentEnd metas", a.foundIn());
  }

  @Test
  void trsTemplateCommentsMarkTheBody() {
    String html = "<table><tr><td><!--<$[标题名称]>begin-->标题<!--<$[标题名称]>end--></td></tr><tr><td>"
        + "<!--<$[信息内容]>begin--><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><!--<$[信息内容]>end-->"
        + "</td></tr><tr><td><a href=/1.html>网站地图</a> <a href=/2.html>联系我们</a></td></tr></table>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "标题", Optional.of(TODAY), TODAY);
    assertEquals(PROSE_1 + "\n" + PROSE_2, a.text());
    assertEquals(ExtractionPath.CMS_MARKER, a.path());
  }

  @Test
  void scoringFindsTheArticleCellOfAnOldTableLayoutWithoutItsNavigationAndWidgets() {
    StringBuilder nav = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      nav.append("<tr><td><a href=/l").append(i).append(".html>栏目链接第").append(i).append("项内容</a></td></tr>");
    }
    String html = "<html><head><title>标题</title></head><body><table width=980><tr><td width=200><table>" + nav
        + "</table></td><td><table><tr><td class=title>标题</td></tr><tr><td>发布时间：2021-03-09 【打印】 【关闭】</td></tr>"
        + "<tr><td>&nbsp;&nbsp;" + PROSE_1 + "<br>&nbsp;&nbsp;" + PROSE_2 + "<br></td></tr>"
        + "<tr><td>上一篇：<a href=/p.html>某某会议召开</a><br>下一篇：<a href=/n.html>某某活动举行</a></td></tr>"
        + "</table></td></tr></table><div class=footer>版权所有：鄂尔多斯市科学技术局 主办单位：鄂尔多斯市科学技术局</div></body></html>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "标题", Optional.of(TODAY), TODAY);
    assertEquals(PROSE_1 + "\n" + PROSE_2, a.text());
    assertEquals(ExtractionPath.SCORING, a.path());
  }

  @Test
  void anUnclosedBoilerplateBlockDoesNotTakeTheArticleWithIt() {
    String html = "<div class=breadcrumb><a href=/>首页</a> &gt; 工作动态<div class=article><p>" + PROSE_1 + "</p><p>"
        + PROSE_2 + "</p></div>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "标题", Optional.of(TODAY), TODAY);
    assertEquals(PROSE_1 + "\n" + PROSE_2, a.text());
  }

  @Test
  void aPageWithLittleTextStillGivesItsText() {
    String html = "<body><span>通知：明日停电。</span></body>";
    Article a = ArticleExtractor.extract(html, URL, NONE, "停电通知", Optional.of(TODAY), TODAY);
    assertEquals("通知：明日停电。", a.text());
  }
}

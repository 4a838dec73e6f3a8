package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.common.record.Attachment;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where an article's title, date, origin and attachments come from, each source in its turn. */
class ArticleFieldsTest {
  private static final URI URL = URI.create("https://kjj.ordos.gov.cn/gzdt/a.html");
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);
  private static final ArticleSelectors NONE = new ArticleSelectors(null, null, null);
  private static final String BODY = "<div id=zoom><p>市科技局召开全市科技创新工作推进会议，部署全年重点任务。</p></div>";

  private static Article extract(String head, String body, ArticleSelectors s, String listTitle) {
    return ArticleExtractor.extract("<html><head>" + head + "</head><body>" + body + BODY + "</body></html>", URL, s,
        listTitle, Optional.empty(), TODAY);
  }

  private static String title(String head, String body, String listTitle) {
    return extract(head, body, NONE, listTitle).title();
  }

  @Test
  void theTitleComesFromTheSelectorTheMetaTheListTheOpenGraphTagThenTheHeadings() {
    String meta = "<meta name=ArticleTitle content=' 元数据标题 '>";
    String og = "<meta property=og:title content='开放图谱标题'>";
    assertEquals("选择器标题", extract(meta, "<h2 class=t> 选择器标题 </h2>", new ArticleSelectors("h2.t", null, null), "列表")
        .title());
    assertEquals("元数据标题", extract(meta, "<h2 class=t> </h2>", new ArticleSelectors("h2.t", null, null), "列表").title(),
        "a blank selected title falls through");
    assertEquals("列表标题", title(og, "", " 列表标题 "));
    assertEquals("开放图谱标题", title(og, "", " "));
    assertEquals("开放图谱标题", title(og, "", null));
  }

  @Test
  void theLongestHeadingThePageTitleRepeatsIsTheHeadline() {
    String pageTitle = "<title>市科技局召开全市推进会议 - 工作动态 - 鄂尔多斯市科学技术局</title>";
    assertEquals("市科技局召开全市推进会议",
        title(pageTitle, "<h1>鄂尔多斯市科学技术局</h1><h2>市科技局召开全市推进会议</h2><h3>工作动态</h3>", null),
        "the site's name in an h1 is shorter than the headline");
    assertEquals("市科技局召开全市推进会议", title(pageTitle, "<h1>站点标志</h1><h2>市科技局召开全市推进会议</h2>", null),
        "a heading the page title does not repeat is not the headline");
    assertEquals("一二三四", title("<title>一二三四 五六七八</title>", "<h2>一二三四</h2><h3>五六七八</h3>", null),
        "of two as long, the first");
    assertEquals("工作动态", title("<title>工作动态 - 站点</title>", "<h1>站点标志</h1><h2>工作动态</h2>", null),
        "four characters are enough");
    assertEquals("动态", title("<title>动态 - 站点</title>", "<h1>动态</h1><h2>首页</h2>", null),
        "a heading under four characters is no headline, but an h1 is still the title");
    assertEquals("会议", title("<title>会议 - 站点</title>", "<h2>会议</h2><h1> </h1>", null), "the page title's first part");
    assertEquals("会议", title("<title>会议_站点</title>", "", null));
    assertEquals("会议", title("<title>会议|站点</title>", "", null));
  }

  @Test
  void theDateComesFromTheSelectorTheMetasTheUrlTheParticularsLineThenAStamp() {
    ArticleSelectors date = new ArticleSelectors(null, "span.d", null);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 1)),
        extract("<meta name=PubDate content=2021-03-02>", "<span class=d>2021年3月1日</span>", date, "t").publishedAt());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 2)),
        extract("<meta name=PubDate content=2021-03-02>", "<span class=d>不是日期</span>", date, "t").publishedAt());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 3)), extract("<meta name=publishdate content=坏的>"
        + "<meta property=article:published_time content=2021-03-03T10:00:00+08:00>", "", NONE, "t").publishedAt(),
        "a meta without a date gives way to the next");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 4)),
        extract("<meta itemprop=datePublished content=2021-03-04>", "", NONE, "t").publishedAt());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 5)),
        extract("<meta name=PubDate content=2021-03-05><meta name=PubDate content=2021-03-06>", "", NONE, "t")
            .publishedAt(), "the first of two metas of one name");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 7)), ArticleExtractor.extract(BODY,
        URI.create("https://kjj.ordos.gov.cn/gzdt/202103/t20210307_1.html"), NONE, "t", Optional.empty(), TODAY)
        .publishedAt());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 8)),
        extract("", "<p>时间：作者 日期：2021-03-08 来源：科技局</p>", NONE, "t").publishedAt(),
        "the first particulars line that holds a date");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)),
        extract("", "<p>鄂尔多斯日报 2021-03-09 09:59</p>", NONE, "t").publishedAt());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 10)), ArticleExtractor.extract(BODY, URL, NONE, "t",
        Optional.of(LocalDate.of(2021, 3, 10)), TODAY).publishedAt(), "the list's date when the page has none");
  }

  @Test
  void attachmentsAreDocumentLinksOnceEach() {
    String links = "<a href='/files/plan.PDF?v=2'> 工作要点 </a><a href='/files/plan.PDF?v=2'>再次</a>"
        + "<a href='附件 1.docx'>附件一</a><a href=/files/a.html>网页</a><a href='http://a b/%%.pdf'>坏链接</a>"
        + "<a href='/x.zip#top'>压缩包</a>";
    Article a = ArticleExtractor.extract("<div id=zoom><p>市科技局召开全市科技创新工作推进会议，部署全年重点任务。</p>"
        + links + "</div>", URL, new ArticleSelectors(null, null, "#zoom"), "t", Optional.empty(), TODAY);
    assertEquals(List.of(new Attachment("工作要点", "https://kjj.ordos.gov.cn/files/plan.PDF?v=2"),
        new Attachment("附件一", "https://kjj.ordos.gov.cn/gzdt/%E9%99%84%E4%BB%B6%201.docx".replace(
            "%E9%99%84%E4%BB%B6", "附件")),
        new Attachment("压缩包", "https://kjj.ordos.gov.cn/x.zip#top")), a.attachments());
  }

  @Test
  void theOriginIsTheContentSourceMeta() {
    assertEquals(Optional.of("鄂尔多斯市科学技术局"),
        extract("<meta name=ContentSource content=' 鄂尔多斯市科学技术局 '>", "", NONE, "t").origin());
    assertEquals(Optional.empty(), extract("<meta name=ContentSource content=' '>", "", NONE, "t").origin());
    assertEquals(Optional.empty(), extract("", "", NONE, "t").origin());
  }

  @Test
  void aSelectorThatFindsNoTextGivesWayAndAPageWithoutBlocksIsReadWhole() {
    Article a = extract("", "<div class=empty> </div>", new ArticleSelectors(null, null, "div.empty"), "t");
    assertEquals(ExtractionPath.CMS_MARKER, a.path(), "the selected block has no text: the #zoom marker is next");
    Article selected = extract("", "", new ArticleSelectors(null, null, "#zoom"), "t");
    assertEquals(ExtractionPath.SELECTOR, selected.path());
    assertEquals("#zoom", selected.foundIn());
    Article whole = ArticleExtractor.extract("<body>短<script>x()</script></body>", URL, NONE, "t", Optional.empty(),
        TODAY);
    assertEquals("短", whole.text());
    assertEquals("the whole page (no block scored)", whole.foundIn());
  }
}

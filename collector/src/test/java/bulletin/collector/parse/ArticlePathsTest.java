package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each place an article's title and date are taken from, in the order they are tried. */
class ArticlePathsTest {
  private static final URI PLAIN = URI.create("https://kjj.ordos.gov.cn/gzdt/show.html");
  private static final URI DATED = URI.create("https://kjj.ordos.gov.cn/gzdt/202103/t20210305_1.html");
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);
  private static final ArticleSelectors NONE = new ArticleSelectors(null, null, null);
  private static final String BODY = "<div class=text><p>鄂尔多斯市科学技术局召开全市科技创新工作会议，部署全年重点任务。</p></div>";

  private static Article read(String head, String body, URI url, ArticleSelectors s, String listTitle) {
    return ArticleExtractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", url, s,
        listTitle, Optional.empty(), TODAY);
  }

  private static String title(String head, String body, String listTitle) {
    return read(head, body, PLAIN, NONE, listTitle).title();
  }

  @Test
  void theTitleComesFromTheSelectorThenTheMetasThenTheListThenTheHeadings() {
    String metas = "<meta name=ArticleTitle content=' 元数据标题 '><meta property=og:title content=' 分享标题 '>"
        + "<title>页面里的新闻标题 - 工作动态 - 科技局</title>";
    String body = "<h1>网站标志</h1><h2 class=t> 选择器标题 </h2><h3>页面里的新闻标题</h3>" + BODY;
    assertEquals("选择器标题", read(metas, body, PLAIN, new ArticleSelectors("h2.t", null, null), "列表标题").title());
    assertEquals("元数据标题", read(metas, body, PLAIN, new ArticleSelectors("h4", null, null), "列表标题").title());
    assertEquals("元数据标题", title(metas, body, "列表标题"));
    String noArticleTitle = metas.replace("name=ArticleTitle", "name=Other");
    assertEquals("列表标题", title(noArticleTitle, body, " 列表标题 "));
    assertEquals("分享标题", title(noArticleTitle, body, " "));
    String onlyTitle = "<title>页面里的新闻标题 - 工作动态 - 科技局</title>";
    assertEquals("页面里的新闻标题", title(onlyTitle, body, null), "the heading the page title repeats");
    assertEquals("页面里的新闻标题", title(onlyTitle, "<h1>新闻</h1><h2>页面里的新闻</h2><h3>页面里的新闻标题</h3>"
        + BODY, null), "the longest heading the page title repeats");
    assertEquals("网站标志", title("<title>别的标题 - 科技局</title>", body, null), "else the first h1");
    assertEquals("别的标题", title("<title>别的标题 - 科技局</title>", "<h1> </h1>" + BODY, null));
    assertEquals("别的标题", title("<title>别的标题_科技局</title>", BODY, null));
    assertEquals("短标", title("<title>短标|科技局</title>", "<h2>短标</h2>" + BODY, null),
        "a heading of under four characters is no headline, the title is cut at its separator");
  }

  @Test
  void theDateComesFromTheSelectorThenTheMetasThenTheUrlThenTheTextThenAStamp() {
    String line = "<div class=info>发布时间：2021-03-07</div>";
    String meta = "<meta name=PubDate content='2021-03-08 10:00'>";
    String sel = "<span class=d>2021年03月09日</span>";
    ArticleSelectors bySelector = new ArticleSelectors(null, "span.d", null);
    assertEquals(LocalDate.of(2021, 3, 9), read(meta, sel + line + BODY, DATED, bySelector, "t").publishedAt().get());
    assertEquals(LocalDate.of(2021, 3, 8), read(meta, line + BODY, DATED, bySelector, "t").publishedAt().get());
    assertEquals(LocalDate.of(2021, 3, 8), read(meta + "<meta name=publishdate content='not a date'>", line + BODY,
        DATED, NONE, "t").publishedAt().get());
    assertEquals(LocalDate.of(2021, 3, 1), read("<meta itemprop=datePublished content='2021-03-01'>", line + BODY,
        DATED, NONE, "t").publishedAt().get());
    assertEquals(LocalDate.of(2021, 3, 5), read("<meta name=PubDate content='soon'>", line + BODY, DATED, NONE, "t")
        .publishedAt().get());
    assertEquals(LocalDate.of(2021, 3, 7), read("", line + BODY, PLAIN, NONE, "t").publishedAt().get());
    assertEquals(LocalDate.of(2021, 3, 6), read("", "<div>时间：待定</div><div>日期：2021-03-06</div>" + BODY, PLAIN, NONE,
        "t").publishedAt().get(), "the first published line that holds a date");
    assertEquals(LocalDate.of(2021, 3, 4), read("", "<div>来源：科技局 2021-03-04 09:30</div>" + BODY, PLAIN, NONE, "t")
        .publishedAt().get());
    assertEquals(Optional.empty(), read("", "<div>来源：科技局</div>" + BODY, PLAIN, NONE, "t").publishedAt());
  }

  @Test
  void boilerplateIsTakenOutOfACmsMarkedBodyAndOfTheWholePage() {
    Article marked = read("", "<div class=TRS_Editor><p>自治区科技厅召开科技兴蒙合作项目视频调度会，听取各盟市汇报。</p>"
        + "<div class=share>分享到：微信 微博</div></div>", PLAIN, NONE, "t");
    assertEquals(ExtractionPath.CMS_MARKER, marked.path());
    assertEquals("自治区科技厅召开科技兴蒙合作项目视频调度会，听取各盟市汇报。", marked.text());
    Article whole = read("", "<div class=share>分享到：微信 微博</div>短讯<script>var x = 1;</script>", PLAIN, NONE, "t");
    assertEquals("the whole page (no block scored)", whole.foundIn());
    assertEquals("短讯", whole.text());
  }

  @Test
  void attachmentsAreResolvedAgainstThePageAndKeptOnce() {
    Article a = read("", "<div class=text><p>鄂尔多斯市科学技术局发布申报通知，请按要求填写申报书并按时报送。</p>"
        + "<a href='files/申报 书.docx'>申报书</a><a href='files/申报 书.docx'>再次</a>"
        + "<a href='list.html'>列表</a><a href='http://[bad'>坏链接</a><a href='files/表.XLSX?v=2'>表</a></div>",
        PLAIN, new ArticleSelectors(null, null, "div.text"), "t");
    assertEquals(2, a.attachments().size(), a.attachments().toString());
    assertEquals("https://kjj.ordos.gov.cn/gzdt/files/申报%20书.docx", a.attachments().get(0).url());
    assertEquals("申报书", a.attachments().get(0).name());
    assertTrue(a.attachments().get(1).url().endsWith("files/表.XLSX?v=2"), a.attachments().get(1).url());
    assertFalse(a.text().isEmpty());
  }

  @Test
  void blocksNamedAsBoilerplateAreTakenOutOfACmsMarkedBodyAndOfTheWholePageWhateverTheirText() {
    // a related-articles block whose line is no widget's: only its name tells
    Article marked = read("", "<div class=TRS_Editor><p>自治区科技厅召开科技兴蒙合作项目视频调度会，听取各盟市汇报。</p>"
        + "<div class=xgwz><a href=/x.html>另一篇文章的标题</a></div></div>", PLAIN, NONE, "t");
    assertEquals(ExtractionPath.CMS_MARKER, marked.path());
    assertEquals("自治区科技厅召开科技兴蒙合作项目视频调度会，听取各盟市汇报。", marked.text());
    Article whole = read("", "<p>通知：明日上午停电，请相互转告。</p><div class=xgwz>另一篇文章</div>", PLAIN, NONE, "t");
    assertEquals("the whole page (no block scored)", whole.foundIn());
    assertEquals("通知：明日上午停电，请相互转告。", whole.text());
  }

  @Test
  void theWholePageIsItsBodyWithoutTheHead() {
    Article whole = read("<title>鄂尔多斯市科学技术局</title><style>p {}</style>", "<p>通知：明日上午停电。</p>", PLAIN,
        NONE, "停电通知");
    assertEquals("the whole page (no block scored)", whole.foundIn());
    assertEquals("通知：明日上午停电。", whole.text());
  }
}

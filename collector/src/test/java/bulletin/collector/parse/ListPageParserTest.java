package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.collector.source.SourceDefinition.ListSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A list page read with a source's selectors, and a feed read as one. */
class ListPageParserTest {
  private static final URI PAGE = URI.create("https://kjj.ordos.gov.cn/gzdt/index.html");
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);

  @Test
  void entriesAreResolvedReadOnceEachAndTheMisfitsCounted() {
    String html = "<ul class=list>"
        + "<li><a href=t1.html title='市科技局召开全市科技创新工作推进会议'>市科技局召开全市科技……</a><span>2021-03-09</span></li>"
        + "<li><a href='javascript:void(0)'>脚本链接</a><span>2021-03-08</span></li>"
        + "<li><span>没有链接</span></li>"
        + "<li><a href='t1.html'>重复的链接</a><span>2021-03-07</span></li>"
        + "<li><a href='/2021/03/05/t2.html'> 日期在地址里 </a><span>近日</span></li>"
        + "<li><a href=t3.html> </a><span>2021-03-04</span></li>"
        + "<li><a href=t4.html>没有日期</a></li>"
        + "</ul>";
    ListPage page = ListPageParser.parse(html, PAGE, new ListSelectors("ul.list li", "a", null, "span"), TODAY);

    assertEquals(7, page.itemsMatched());
    assertEquals(2, page.withoutLink(), "a script link and an item without one");
    assertEquals(1, page.withoutDate());
    assertEquals(List.of(
        new ListEntry(URI.create("https://kjj.ordos.gov.cn/gzdt/t1.html"), "市科技局召开全市科技创新工作推进会议",
            Optional.of(LocalDate.of(2021, 3, 9))),
        new ListEntry(URI.create("https://kjj.ordos.gov.cn/2021/03/05/t2.html"), "日期在地址里",
            Optional.of(LocalDate.of(2021, 3, 5))),
        new ListEntry(URI.create("https://kjj.ordos.gov.cn/gzdt/t4.html"), "没有日期", Optional.empty())),
        page.entries(), "the first of two links to one page, no entry without a title");
  }

  @Test
  void theItemItselfCanBeTheLinkAndTheTitleAndTheSourcesPatternReadsTheDate() {
    String html = "<div><a class=item href='a b.html' title=' 有空格的地址 '>甲</a><span class=d>03/09/2021</span></div>";
    ListPage page = ListPageParser.parse(html, PAGE, new ListSelectors("div", "a.item", "a.item", "span.d"),
        "MM/dd/yyyy", TODAY);
    assertEquals(1, page.entries().size());
    ListEntry e = page.entries().get(0);
    assertEquals(URI.create("https://kjj.ordos.gov.cn/gzdt/a%20b.html"), e.url());
    assertEquals("有空格的地址", e.title());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), e.date());

    ListPage self = ListPageParser.parse("<a class=item href=x.html>标题</a>", PAGE,
        new ListSelectors("a.item", "a", null, null), TODAY);
    assertEquals(List.of(new ListEntry(URI.create("https://kjj.ordos.gov.cn/gzdt/x.html"), "标题", Optional.empty())),
        self.entries());
    assertEquals(1, self.withoutDate());
  }

  @Test
  void aDateSplitByTagsIsReadFromTheElementsWholeText() {
    ListPage page = ListPageParser.parse("<li><a href=a.html>标题</a><span>2021-<b>03</b>-09</span></li>", PAGE,
        new ListSelectors("li", "a", null, "span"), TODAY);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), page.entries().get(0).date());
  }

  @Test
  void theSourcesDatePatternTakesBracketsAndRefusesTheFuture() {
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), ListPageParser.withPattern(" [2021.03.09] ", "yyyy.MM.dd", TODAY));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), ListPageParser.withPattern("（2021.03.09）", "yyyy.MM.dd", TODAY));
    assertEquals(Optional.of(TODAY), ListPageParser.withPattern("2021.03.26", "yyyy.MM.dd", TODAY));
    assertEquals(Optional.empty(), ListPageParser.withPattern("2021.03.27", "yyyy.MM.dd", TODAY));
    assertEquals(Optional.empty(), ListPageParser.withPattern("2021年3月9日", "yyyy.MM.dd", TODAY));
    assertEquals(Optional.empty(), ListPageParser.withPattern("2021.03.09", " ", TODAY));
    assertEquals(Optional.empty(), ListPageParser.withPattern("2021.03.09", null, TODAY));
  }

  @Test
  void aDateBesideTheLinkIsReadWithoutTheLinksText() {
    Element li = Jsoup.parse("<ul><li><a href=a.html>2020年工作总结</a> [03.16]</li></ul>").selectFirst("li");
    Element a = li.selectFirst("a");
    assertEquals("[03.16]", ListPageParser.dateText(li, a));
    assertEquals("[03.16]", ListPageParser.spacedText(li, a));
    Element boxed = Jsoup.parse("<div><b>10</b><i>2021-03</i></div>").selectFirst("div");
    assertEquals("102021-03", ListPageParser.dateText(boxed, null));
    assertEquals("10 2021-03", ListPageParser.spacedText(boxed, null));
    assertEquals("10 2021-03", ListPageParser.spacedText(boxed, boxed));
    assertEquals("2020年工作总结", ListPageParser.dateText(a, li), "the link outside the date's element stays");
    assertEquals("", ListPageParser.dateText(a, a), "the link's own text is no date");
  }

  @Test
  void theNextPageIsTheLinkTheSelectorFinds() {
    assertEquals(Optional.of(URI.create("https://kjj.ordos.gov.cn/gzdt/index_1.html")),
        ListPageParser.nextPage("<a class=next href=index_1.html>下一页</a>", PAGE, "a.next"));
    assertEquals(Optional.empty(), ListPageParser.nextPage("<a class=next href='javascript:next()'>下一页</a>", PAGE, "a.next"));
    assertEquals(Optional.empty(), ListPageParser.nextPage("<a class=next>下一页</a>", PAGE, "a.next"));
    assertEquals(Optional.empty(), ListPageParser.nextPage("<p>最后一页</p>", PAGE, "a.next"));
  }

  @Test
  void aFeedGivesItsItemsLinksTitlesAndDates() {
    String rss = "<rss><channel>"
        + "<item><title>第一条</title><link>https://kjt.nmg.gov.cn/a.html</link>"
        + "<pubDate>Tue, 09 Mar 2021 20:30:00 GMT</pubDate></item>"
        + "<item><title>第二条</title><link> /2021/03/05/b.html </link><pubDate>昨天</pubDate></item>"
        + "<item><title>没有链接</title></item>"
        + "<item><title> </title><link>c.html</link></item>"
        + "<item><title>第三条</title><link>d.html</link><dc:date>2021-03-04T10:00:00+08:00</dc:date></item>"
        + "<item><title>第四条</title><link>e.html</link><pubDate>发布于2021年3月3日</pubDate></item>"
        + "<item><title>将来的</title><link>f.html</link><pubDate>Wed, 09 Mar 2022 08:00:00 GMT</pubDate></item>"
        + "</channel></rss>";
    ListPage page = FeedParser.parse(rss, URI.create("https://kjt.nmg.gov.cn/feed/rss.xml"), TODAY);
    assertEquals(7, page.itemsMatched());
    assertEquals(1, page.withoutLink());
    assertEquals(2, page.withoutDate(), "the untitled item and the one dated in the future");
    assertEquals(List.of(
        new ListEntry(URI.create("https://kjt.nmg.gov.cn/a.html"), "第一条", Optional.of(LocalDate.of(2021, 3, 10))),
        new ListEntry(URI.create("https://kjt.nmg.gov.cn/2021/03/05/b.html"), "第二条", Optional.of(LocalDate.of(2021, 3, 5))),
        new ListEntry(URI.create("https://kjt.nmg.gov.cn/feed/d.html"), "第三条", Optional.of(LocalDate.of(2021, 3, 4))),
        new ListEntry(URI.create("https://kjt.nmg.gov.cn/feed/e.html"), "第四条", Optional.of(LocalDate.of(2021, 3, 3))),
        new ListEntry(URI.create("https://kjt.nmg.gov.cn/feed/f.html"), "将来的", Optional.empty())),
        page.entries());
  }

  @Test
  void anAtomFeedLinksByHref() {
    String atom = "<feed><entry><title>条目</title><link rel=alternate href='/x.html'/>"
        + "<published>2021-03-09T23:30:00Z</published><updated>2021-03-01T00:00:00Z</updated></entry>"
        + "<entry><title>坏链接</title><link href='http://a b/%%'/></entry></feed>";
    ListPage page = FeedParser.parse(atom, URI.create("https://kjt.nmg.gov.cn/atom.xml"), TODAY);
    assertEquals(List.of(new ListEntry(URI.create("https://kjt.nmg.gov.cn/x.html"), "条目",
        Optional.of(LocalDate.of(2021, 3, 10)))), page.entries(), "published first, in Beijing time");
    assertEquals(1, page.withoutLink());
  }

  @Test
  void charactersABrowserEscapesAreEscapedAndALinkThatIsNoAddressIsCountedAsMissing() {
    String html = "<ul><li><a href='/gzdt/a|b.html'>竖线由浏览器编码</a><span>2021-03-09</span></li>"
        + "<li><a href='t 1.html?q=^&p=50%'>空格和百分号</a><span>2021-03-08</span></li>"
        + "<li><a href='http://[::1/x.html'>不是地址</a><span>2021-03-07</span></li></ul>";
    ListPage page = ListPageParser.parse(html, PAGE, new ListSelectors("li", "a", null, "span"), TODAY);
    assertEquals(3, page.itemsMatched());
    assertEquals(1, page.withoutLink());
    assertEquals(List.of(new ListEntry(URI.create("https://kjj.ordos.gov.cn/gzdt/a%7Cb.html"), "竖线由浏览器编码",
        Optional.of(LocalDate.of(2021, 3, 9))), new ListEntry(URI.create("https://kjj.ordos.gov.cn/gzdt/t%201.html?q=%5E&p=50%25"),
        "空格和百分号", Optional.of(LocalDate.of(2021, 3, 8)))), page.entries());
  }
}

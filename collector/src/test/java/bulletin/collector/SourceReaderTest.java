package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.fetch.Fetcher;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.collector.state.SeenItems;
import bulletin.common.record.Announcement;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.LocalSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading list pages across pagination, and feeds, against a real HTTP server; no Kafka needed. */
class SourceReaderTest {
  private static final Clock MARCH = Clock.fixed(Instant.parse("2021-03-26T00:00:00Z"), ZoneOffset.UTC);

  private static SourceReader reader() {
    return new SourceReader(new Fetcher(new Fetcher.FetchSettings(Duration.ofSeconds(5), Duration.ZERO,
        "bulletin-collector/test", 1_000_000, 3, 0, Duration.ofMillis(10), Duration.ofSeconds(1), true, Optional.empty())),
        MARCH, 30, 0, Duration.ofMinutes(5));
  }

  private static String article(String title, String body) {
    return "<html><head><meta charset=utf-8></head><body><h1>" + title + "</h1><div class=info>发布时间：2021-03-10</div>"
        + "<div id=zoom><p>" + body + "</p></div></body></html>";
  }

  private static SourceDefinition html(LocalSite site, Integer pages, String pageUrl, String nextPage, String datePattern) {
    return new SourceDefinition("paged", "科技部", SourceLevel.NATIONAL, null, "html", List.of(site.url("/zc/").toString()),
        pages, pageUrl, nextPage, new ListSelectors("ul li", "a", "a", "span"), new ArticleSelectors("h1", null, "#zoom"),
        datePattern, null, null, true, false);
  }

  @Test
  void aTrsStylePaginationIsFollowedByItsPageUrlTemplate() throws Exception {
    try (LocalSite site = LocalSite.start()) {
      site.page("/zc/", "<ul><li><a href='a1.html'>政策一</a><span>2021年03月22日</span></li></ul>"
              + "<script>createPageHTML(2, 0, \"index\", \"html\");</script>", StandardCharsets.UTF_8)
          .page("/zc/index_1.html", "<ul><li><a href='a2.html'>政策二</a><span>2021年02月20日</span></li></ul>",
              StandardCharsets.UTF_8)
          .page("/zc/a1.html", article("政策一", "科技部发布政策一。"), StandardCharsets.UTF_8)
          .page("/zc/a2.html", article("政策二", "科技部发布政策二。"), StandardCharsets.UTF_8);
      SourceReader.Result r = reader().read(html(site, 2, "index_{n}.html", null, "yyyy年MM月dd日"), SeenItems.empty());
      assertEquals(List.of(), r.problems());
      assertEquals(List.of("政策一", "政策二"), r.emits().stream().map(e -> e.announcement().title()).toList());
      assertEquals(2, r.datesParsed());
    }
  }

  @Test
  void aPageSavedAsUtf8UnderAGb2312MetaTagIsReadWithAWarningAndAStaleBodySelectorIsNamed() throws Exception {
    try (LocalSite site = LocalSite.start()) {
      String gbMeta = "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">";
      site.page("/zc/", gbMeta + "<ul><li><a href='a1.html'>科技部发布政策一</a><span>2021-03-22</span></li></ul>",
              StandardCharsets.UTF_8)
          .page("/zc/a1.html", gbMeta + "<h1>科技部发布政策一</h1><div class=TRS_Editor><p>科技部近日发布政策一，"
              + "支持企业加大研发投入，推动科技成果转化。</p></div>", StandardCharsets.UTF_8);
      SourceReader.Result r = reader().read(html(site, 1, null, null, null), SeenItems.empty());
      assertEquals(List.of(), r.problems());
      assertEquals("科技部近日发布政策一，支持企业加大研发投入，推动科技成果转化。", r.emits().get(0).announcement().text());
      assertEquals(3, r.warnings().size(), String.join("\n", r.warnings()));
      assertTrue(r.warnings().get(0).contains("/zc/: the page declares gb2312 (meta tag)"), r.warnings().get(0));
      assertTrue(r.warnings().get(1).contains("/zc/a1.html: the page declares gb2312 (meta tag)"), r.warnings().get(1));
      assertTrue(r.warnings().get(2).contains("article.body selector '#zoom' gave no text; the body was found by CMS "
          + "marker (div.TRS_Editor)"), r.warnings().get(2));
    }
  }

  @Test
  void aSiteSlowOnEveryArticleIsLeftAtThePollsTimeBudget() throws Exception {
    try (LocalSite site = LocalSite.start()) {
      StringBuilder list = new StringBuilder("<ul>");
      for (int i = 1; i <= 4; i++) {
        list.append("<li><a href='a").append(i).append(".html'>通知").append(i).append("</a><span>2021-03-2").append(i)
            .append("</span></li>");
        String page = article("通知" + i, "正文" + i + "。");
        site.route("/zc/a" + i + ".html", (h, n) -> new LocalSite.Response(200, page.getBytes(StandardCharsets.UTF_8),
            java.util.Map.of("Content-Type", "text/html; charset=utf-8"), Duration.ofMillis(300)));
      }
      site.page("/zc/", list.append("</ul>").toString(), StandardCharsets.UTF_8);
      SourceReader slowSiteReader = new SourceReader(new Fetcher(new Fetcher.FetchSettings(Duration.ofSeconds(5),
          Duration.ZERO, "bulletin-collector/test", 1_000_000, 3, 0, Duration.ofMillis(10), Duration.ofSeconds(1), true,
          Optional.empty())), MARCH, 30, 0, Duration.ofMillis(500));

      SourceReader.Result r = slowSiteReader.read(html(site, 1, null, null, null), SeenItems.empty());

      // Each article takes 300 ms: a third one would start after the 500 ms budget.
      int read = r.emits().size();
      assertTrue(read <= 2, read + " articles read");
      int hits = 0;
      for (int i = 1; i <= 4; i++) {
        hits += site.hits("/zc/a" + i + ".html");
      }
      assertEquals(read, hits, "no article is fetched after the budget");
      assertEquals(List.of("the poll stopped at its time budget of 500 ms (poll.budget) with " + (4 - read)
          + " of 4 articles unread: they are read next poll"), r.problems());
      assertEquals(List.of(), r.listPages(), "the list is read again next poll");
    }
  }

  @Test
  void aNextPageLinkIsFollowedUpToListPages() throws Exception {
    try (LocalSite site = LocalSite.start()) {
      site.page("/zc/", "<ul><li><a href='a1.html'>一</a><span>2021-03-22</span></li></ul><a class=next href='p2.html'>下一页</a>",
              StandardCharsets.UTF_8)
          .page("/zc/p2.html", "<ul><li><a href='a2.html'>二</a><span>2021-03-21</span></li></ul><a class=next href='p3.html'>下一页</a>",
              StandardCharsets.UTF_8)
          .page("/zc/a1.html", article("一", "正文一。"), StandardCharsets.UTF_8)
          .page("/zc/a2.html", article("二", "正文二。"), StandardCharsets.UTF_8);
      SourceReader.Result r = reader().read(html(site, 2, null, "a.next", null), SeenItems.empty());
      assertEquals(2, r.emits().size());
      assertEquals(0, site.hits("/zc/p3.html"), "no more than listPages pages");
    }
  }

  @Test
  void rssAndAtomFeedsAreRead() throws Exception {
    try (LocalSite site = LocalSite.start()) {
      site.page("/rss.xml", """
              <?xml version="1.0" encoding="UTF-8"?>
              <rss version="2.0"><channel><title>科技</title>
              <item><title>国家重点研发计划取得新进展</title><link>%s</link><pubDate>Tue, 16 Mar 2021 09:30:00 +0800</pubDate></item>
              </channel></rss>""".formatted(site.url("/n1.html")), StandardCharsets.UTF_8)
          .page("/atom.xml", """
              <?xml version="1.0" encoding="utf-8"?>
              <feed xmlns="http://www.w3.org/2005/Atom"><title>科技</title>
              <entry><title>全国科技工作会议精神落实情况</title><link href="%s"/><updated>2021-03-17T01:00:00Z</updated></entry>
              </feed>""".formatted(site.url("/n2.html")), StandardCharsets.UTF_8)
          .page("/n1.html", "<div id=zoom><p>国家重点研发计划取得新进展。</p></div>", StandardCharsets.UTF_8)
          .page("/n2.html", "<div id=zoom><p>各地落实全国科技工作会议精神。</p></div>", StandardCharsets.UTF_8);
      for (String feed : List.of("/rss.xml", "/atom.xml")) {
        SourceDefinition source = new SourceDefinition("feed", "人民网", SourceLevel.NATIONAL, null, "feed",
            List.of(site.url(feed).toString()), null, null, null, null, new ArticleSelectors(null, null, "#zoom"),
            null, null, null, true, false);
        SourceReader.Result r = reader().read(source, SeenItems.empty());
        assertEquals(List.of(), r.problems(), feed);
        Announcement a = r.emits().get(0).announcement();
        assertEquals(feed.equals("/rss.xml") ? "2021-03-16" : "2021-03-17", a.publishedAt(), "the feed's date");
        assertEquals(feed.equals("/rss.xml") ? "国家重点研发计划取得新进展" : "全国科技工作会议精神落实情况", a.title());
      }
    }
  }
}

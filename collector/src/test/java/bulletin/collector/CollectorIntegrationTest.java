package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.SourceHealth;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.LocalSite;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The collector against a real HTTP server and a real broker. */
class CollectorIntegrationTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String LIST = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>工作动态</title></head>
      <body><div class="nav"><a href="/">首页</a></div>
      <ul class="list">
        <li><a href="./202103/t20210317_1.html" title="自治区科技厅召开科技兴蒙合作项目视频调度会">自治区科技厅召开科技兴蒙...</a><span>2021-03-17</span></li>
        <li><a href="./202103/t20210316_2.html">内蒙古推行“揭榜挂帅”新举措</a><span>2021-03-16</span></li>
        <li><a href="./202103/t20210315_3.html">一篇已经删除的文章</a><span>2021-03-15</span></li>
        <li><a href="./202103/nodate.html">没有日期的文章</a></li>
      </ul></body></html>
      """;

  private static String article(String title, String date, String body) {
    return "<html><head><meta charset=\"gbk\"></head><body><div class=\"crumb\">当前位置：首页 > 工作动态</div>"
        + "<h1>" + title + "</h1><div class=\"info\">" + (date == null ? "" : "发布时间：" + date)
        + " 【打印】【关闭】</div><div id=\"zoom\">" + body + "</div>"
        + "<div class=\"footer\">主办单位：内蒙古自治区科学技术厅</div></body></html>";
  }

  private static LocalSite site() throws Exception {
    return LocalSite.start()
        .page("/kjdt/", LIST, GBK)
        .page("/kjdt/202103/t20210317_1.html", article("自治区科技厅召开科技兴蒙合作项目视频调度会", "2021-03-17 18:05",
            "<p>3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。</p><p>会议强调，要在落实合作协议和合作项目上下功夫。</p>"), GBK)
        .page("/kjdt/202103/t20210316_2.html", article("内蒙古推行“揭榜挂帅”新举措", "2021-03-16",
            "<p>3月16日，自治区科技厅发布了《内蒙古自治区科技计划“揭榜挂帅”工作实施细则（试行）》。</p>"), GBK)
        .status("/kjdt/202103/t20210315_3.html", 404)
        .page("/kjdt/202103/nodate.html", article("没有日期的文章", null, "<p>正文没有日期。</p>"), GBK);
  }

  private static SourceDefinition source(LocalSite site) {
    return new SourceDefinition("nmg-test", "自治区科技厅", SourceLevel.REGIONAL, "科技兴蒙", "html",
        List.of(site.url("/kjdt/").toString()), null, null, null, new ListSelectors("ul.list li", "a", "a", "span"),
        new ArticleSelectors("h1", "div.info", "#zoom"), null, null, null, true, false);
  }

  private static CollectorSettings settings(String instance) {
    return CollectorSettings.load(Map.of("kafka.bootstrap", SharedKafka.bootstrapServers(),
        "fetch.delay", "0s", "fetch.timeout", "5s", "fetch.allow-loopback", "true", "fetch.retry-backoff", "10ms",
        "collector.instance", instance, "topics.partitions", "1"));
  }

  private static List<Announcement> rawFrom(LocalSite site) {
    return TopicRecords.readToEnd(SharedKafka.bootstrapServers(), Topics.ANNOUNCEMENTS_RAW.name(),
            Topics.ANNOUNCEMENTS_RAW.keySerde().deserializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().deserializer())
        .stream().map(ConsumerRecord::value).filter(a -> a.url().startsWith(site.url("/").toString())).toList();
  }

  @Test
  void gbkPagesBecomeAnnouncementsWithTheirChineseIntactAndBrokenOnesBecomeHealthProblems() throws Exception {
    try (LocalSite site = site(); Collector collector = Collector.start(settings("test-gbk"), Clock.systemUTC())) {
      SourceHealth health = collector.poll(source(site));

      List<Announcement> raw = rawFrom(site);
      assertEquals(2, raw.size(), "the two readable articles");
      Announcement first = raw.stream().filter(a -> a.publishedAt().equals("2021-03-17")).findFirst().orElseThrow();
      assertEquals("自治区科技厅召开科技兴蒙合作项目视频调度会", first.title());
      assertEquals("3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。\n会议强调，要在落实合作协议和合作项目上下功夫。",
          first.text());
      assertEquals("科技兴蒙", first.sectionHint());
      assertEquals(SourceLevel.REGIONAL, first.sourceLevel());

      assertFalse(health.ok());
      assertEquals(4, health.itemsFound());
      assertEquals(2, health.newItems());
      assertEquals(2, health.articlesFailed());
      assertTrue(health.problems().stream().anyMatch(p -> p.contains("t20210315_3.html") && p.contains("HTTP 404")),
          health.problems().toString());
      assertTrue(health.problems().stream().anyMatch(p -> p.contains("nodate.html") && p.contains("no publication date")),
          health.problems().toString());
      List<SourceHealth> published = TopicRecords.readToEnd(SharedKafka.bootstrapServers(),
              Topics.COLLECTOR_HEALTH.name(), Topics.COLLECTOR_HEALTH.keySerde().deserializer(),
              Topics.COLLECTOR_HEALTH.valueSerde().deserializer())
          .stream().map(ConsumerRecord::value).toList();
      assertTrue(published.contains(health), "the health record is on " + Topics.COLLECTOR_HEALTH.name());
    }
  }

  @Test
  void aRestartedCollectorEmitsNothingTwice() throws Exception {
    try (LocalSite site = site()) {
      try (Collector first = Collector.start(settings("test-restart"), Clock.systemUTC())) {
        assertEquals(2, first.poll(source(site)).newItems());
      }
      try (Collector restarted = Collector.start(settings("test-restart"), Clock.systemUTC())) {
        assertEquals(0, restarted.poll(source(site)).newItems());
      }
      assertEquals(2, rawFrom(site).size());
      assertEquals(1, site.hits("/kjdt/202103/t20210317_1.html"), "a seen article is not fetched again");
    }
  }

  @Test
  void aChangedArticleIsEmittedAgainAsANewRevisionOfTheSameItem() throws Exception {
    try (LocalSite site = site()) {
      String path = "/kjdt/202103/t20210317_1.html";
      try (Collector first = Collector.start(settings("test-revision"), Clock.systemUTC())) {
        first.poll(source(site));
      }
      site.page(path, article("自治区科技厅召开科技兴蒙合作项目视频调度会", "2021-03-17 18:05",
          "<p>3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。</p><p>（更正）会议由厅长主持。</p>"), GBK);
      SourceHealth health;
      try (Collector again = Collector.start(settings("test-revision"), Clock.fixed(
          java.time.Instant.parse("2021-03-18T02:00:00Z"), java.time.ZoneOffset.UTC))) {
        health = again.poll(source(site));
      }
      assertEquals(0, health.newItems());
      assertEquals(1, health.revisions());
      List<Announcement> raw = rawFrom(site).stream().filter(a -> a.url().endsWith(path)).toList();
      assertEquals(2, raw.size());
      assertEquals(raw.get(0).id(), raw.get(1).id(), "the same item");
      assertEquals(2, raw.get(1).revision());
      assertTrue(raw.get(1).text().contains("（更正）"));
    }
  }

  @Test
  void aListWhoseMarkupChangedRaisesAWarningNamingTheSelector() throws Exception {
    try (LocalSite site = site(); Collector collector = Collector.start(settings("test-redesign"), Clock.systemUTC())) {
      assertTrue(collector.poll(source(site)).itemsMatched() > 0);
      site.page("/kjdt/", LIST.replace("class=\"list\"", "class=\"news-v2\""), GBK);
      SourceHealth after = collector.poll(source(site));
      assertEquals(0, after.itemsMatched());
      assertTrue(after.warnings().stream().anyMatch(w -> w.contains("list.item selector 'ul.list li' matched nothing")
          && w.contains("after 4 items last poll")), after.warnings().toString());
    }
  }

  @Test
  void twoHostsArePolledAtOnceSoASlowSiteHoldsOnlyItsOwnHost() throws Exception {
    CountDownLatch otherHostAsked = new CountDownLatch(1);
    try (LocalSite slow = LocalSite.start(InetAddress.getByName("127.0.0.2"));
        LocalSite other = LocalSite.start(InetAddress.getByName("127.0.0.3"));
        Collector collector = Collector.start(settings("test-hosts"), Clock.systemUTC())) {
      // The slow site answers its list page only once the other host has been asked for its own:
      // polled one after the other, it would wait out the 20 s and answer 503.
      slow.route("/kjdt/", (h, n) -> {
        try {
          return otherHostAsked.await(20, TimeUnit.SECONDS) ? LocalSite.Response.html(LIST, GBK)
              : LocalSite.Response.status(503, Map.of());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return LocalSite.Response.status(503, Map.of());
        }
      });
      other.route("/kjdt/", (h, n) -> {
        otherHostAsked.countDown();
        return LocalSite.Response.html(LIST, GBK);
      });
      SourceDefinition first = new SourceDefinition("slow-host", "慢站", SourceLevel.PEER, null, "html",
          List.of(slow.url("/kjdt/").toString()), null, null, null, new ListSelectors("ul.list li", "a", "a", "span"),
          null, null, null, null, true, false);
      SourceDefinition second = new SourceDefinition("other-host", "另一站", SourceLevel.PEER, null, "html",
          List.of(other.url("/kjdt/").toString()), null, null, null, new ListSelectors("ul.list li", "a", "a", "span"),
          null, null, null, null, true, false);

      List<SourceHealth> health = collector.pollAll(List.of(first, second));

      assertEquals(List.of("slow-host", "other-host"), health.stream().map(SourceHealth::sourceId).toList(),
          "the health records come back in the sources' order");
      assertEquals(4, health.get(0).itemsFound(), "the slow site's list was read: " + health.get(0).problems());
      assertEquals(4, health.get(1).itemsFound());
      assertEquals(1, slow.hits("/kjdt/"));
    }
  }
}

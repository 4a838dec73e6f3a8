package bulletin.launcher.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.AssemblerMain;
import bulletin.classifier.ClassifierMain;
import bulletin.collector.Collector;
import bulletin.collector.CollectorSettings;
import bulletin.collector.source.CanonicalUrl;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Draft;
import bulletin.common.record.SourceHealth;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.LocalSite;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sources hang next to a healthy one: one never answers for its list page, the other sends
 * the headers of an article and then stalls in the middle of the page. A poll of all three ends
 * within a bounded time, the healthy source's items go through, the hanging ones are reported on
 * collector.health with the timeout, and once the sites answer again a later poll collects what
 * they held back, once.
 */
class FaultHangingSourceTest {
  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(1);
  /**
   * How long one poll of the three sources may take: the silent list page's two attempts and the
   * backoff between, the stalled page's timeout, the healthy pages, and slack for a busy machine.
   */
  private static final Duration POLL_BOUND = Duration.ofSeconds(10);

  @Test
  void aHangingSourceIsReportedInBoundedTimeAndCollectedOnceWhenItAnswersAgain(@TempDir Path dir) throws Exception {
    String bootstrap = SharedKafka.bootstrapServers();
    String run = FaultKit.run();
    CountDownLatch healed = new CountDownLatch(1);
    try (LocalSite healthySite = LocalSite.start(); LocalSite silentSite = LocalSite.start();
        LocalSite stallingSite = LocalSite.start()) {
      List<String> healthyUrls = serve(healthySite, 120, 3, null, -1);
      // The list page does not answer at all until healed.
      List<String> silentUrls = serve(silentSite, 123, 2, healed, -1);
      // The list answers; its second article sends its headers and part of the page, then stalls.
      List<String> stallingUrls = serve(stallingSite, 125, 2, healed, 1);
      SourceDefinition healthy = source("hang-healthy-" + run, healthySite);
      SourceDefinition silent = source("hang-silent-" + run, silentSite);
      SourceDefinition stalling = source("hang-stalling-" + run, stallingSite);
      List<SourceDefinition> sources = List.of(silent, healthy, stalling);

      Set<String> healthyIds = ids(healthyUrls);
      Set<String> heldBack = ids(List.of(silentUrls.get(0), silentUrls.get(1), stallingUrls.get(1)));
      Set<String> all = new LinkedHashSet<>(healthyIds);
      all.addAll(ids(silentUrls));
      all.addAll(ids(stallingUrls));

      try (StreamsApp classifier = ClassifierMain.start(FaultKit.classifierSettings(bootstrap,
              "classifier-hang-" + run, dir));
          StreamsApp assembler = AssemblerMain.start(FaultKit.assemblerSettings(bootstrap,
              "assembler-hang-" + run, dir));
          Collector collector = Collector.start(CollectorSettings.load(Map.of("kafka.bootstrap", bootstrap,
              "topics.partitions", "1", "collector.instance", "collector-hang-" + run, "fetch.allow-loopback", "true",
              "fetch.delay", "0s", "fetch.timeout", FETCH_TIMEOUT.toMillis() + "ms", "fetch.retries", "1",
              "fetch.retry-backoff", "200ms", "metrics.port", "-1")), Clock.systemUTC())) {
        classifier.awaitRunning(FaultKit.WAIT);
        assembler.awaitRunning(FaultKit.WAIT);

        // 1. While two sites hang: the poll ends in bounded time, and says what hung.
        long start = System.nanoTime();
        List<SourceHealth> first = collector.pollAll(sources);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(POLL_BOUND) < 0, "polling the three sources took " + took);
        SourceHealth silentHealth = first.get(0);
        SourceHealth healthyHealth = first.get(1);
        SourceHealth stallingHealth = first.get(2);
        assertTrue(healthyHealth.ok(), healthyHealth.problems().toString());
        assertEquals(3, healthyHealth.newItems());
        assertHung(silentHealth, 0, "no answer within " + FETCH_TIMEOUT.toMillis() + " ms");
        assertHung(stallingHealth, 1, "did not arrive within " + FETCH_TIMEOUT.toMillis() + " ms");
        assertEquals(1, stallingHealth.articlesFailed());

        // … and collector.health holds those records for ops.
        var health = Topics.COLLECTOR_HEALTH;
        List<ConsumerRecord<String, SourceHealth>> reported = TopicRecords.await(bootstrap, health.name(),
            health.keySerde().deserializer(), health.valueSerde().deserializer(),
            rs -> rs.stream().filter(r -> r.key().equals(silent.id()) || r.key().equals(stalling.id())).count() == 2,
            FaultKit.WAIT);
        for (var r : reported) {
          if (r.key().equals(silent.id()) || r.key().equals(stalling.id())) {
            assertFalse(r.value().ok(), r.key());
            assertTrue(r.value().problems().stream().anyMatch(p -> p.contains("within " + FETCH_TIMEOUT.toMillis()
                + " ms")), r.key() + ": " + r.value().problems());
          }
        }

        // 2. The sites answer again; the next poll collects what they held back, and nothing twice.
        healed.countDown();
        long healedAt = System.nanoTime();
        List<SourceHealth> second = collector.pollAll(sources);
        assertTrue(second.stream().allMatch(SourceHealth::ok), second.toString());
        assertEquals(List.of(2, 0, 1), second.stream().map(SourceHealth::newItems).toList());

        Draft d;
        try (var drafts = new FaultKit.DraftWatch(bootstrap)) {
          d = drafts.awaitHolding(all, FaultKit.WAIT);
        }
        long recovered = System.nanoTime() - healedAt;

        Map<String, Integer> raw = FaultKit.counts(bootstrap, Topics.ANNOUNCEMENTS_RAW.name(), all);
        List<String> notOnce = all.stream().filter(id -> raw.getOrDefault(id, 0) != 1)
            .map(id -> id + "×" + raw.getOrDefault(id, 0)).toList();
        assertTrue(notOnce.isEmpty(), "not collected exactly once: " + notOnce);
        FaultKit.Figures f = FaultKit.assertDraftedOnce(bootstrap, d.issueId(), all);
        FaultKit.print("hanging-source", f, String.format(java.util.Locale.ROOT,
            "held back %d, hung poll %.1f s", heldBack.size(), took.toMillis() / 1000.0), recovered);
      }
    } finally {
      healed.countDown();
    }
  }

  private static void assertHung(SourceHealth h, int newItems, String problem) {
    assertFalse(h.ok(), h.sourceId() + " should not be ok");
    assertEquals(newItems, h.newItems(), h.sourceId());
    assertTrue(h.problems().stream().anyMatch(p -> p.contains(problem)), h.sourceId() + ": " + h.problems());
  }

  /**
   * Serves a list of {@code count} stories from {@code first} on {@code site}, and their articles.
   * With {@code healed}: when {@code stalled} is -1 the list page does not answer until healed;
   * otherwise article {@code stalled} stalls mid-page until healed. Returns the articles' URLs.
   */
  private static List<String> serve(LocalSite site, int first, int count, CountDownLatch healed, int stalled) {
    StringBuilder list = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><ul class=\"list\">");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      FaultItems.Story s = FaultItems.story(first + i);
      String path = "/kjdt/t" + s.date().replace("-", "") + "_" + (first + i) + ".html";
      list.append("<li><a href=\".").append(path.substring("/kjdt".length())).append("\">").append(s.title())
          .append("</a><span>").append(s.date()).append("</span></li>");
      String html = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"nav\">首页 | 工作动态</div>"
          + "<div id=\"zoom\"><p>" + s.text().replace("。", "。</p><p>") + "</p></div>"
          + "<div class=\"footer\">主办单位：内蒙古自治区科学技术厅</div></body></html>";
      if (healed != null && i == stalled) {
        site.stallMidPage(path, html, StandardCharsets.UTF_8, 120, healed);
      } else {
        site.page(path, html, StandardCharsets.UTF_8);
      }
      urls.add(site.url(path).toString());
    }
    String page = list.append("</ul></body></html>").toString();
    if (healed != null && stalled == -1) {
      site.route("/kjdt/", (h, n) -> {
        try {
          healed.await(); // the hang under test: no answer until the site is healed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return LocalSite.Response.html(page, StandardCharsets.UTF_8);
      });
    } else {
      site.page("/kjdt/", page, StandardCharsets.UTF_8);
    }
    return urls;
  }

  private static SourceDefinition source(String id, LocalSite site) {
    return new SourceDefinition(id, FaultItems.SOURCE_NAME, SourceLevel.REGIONAL, "科技兴蒙", "html",
        List.of(site.url("/kjdt/").toString()), null, null, null, new ListSelectors("ul.list li", "a", "a", "span"),
        new ArticleSelectors(null, null, "#zoom"), null, null, null, true, false);
  }

  private static Set<String> ids(List<String> urls) {
    Set<String> out = new LinkedHashSet<>();
    urls.forEach(u -> out.add(CanonicalUrl.itemId(CanonicalUrl.of(java.net.URI.create(u)))));
    return out;
  }
}

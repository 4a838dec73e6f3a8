package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.fetch.Fetcher;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.collector.state.SeenItems;
import bulletin.common.record.SourceHealth;
import bulletin.common.record.SourceLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Broken article pages served over real HTTP: each becomes a problem or a warning in the source's
 * health record naming the page; the poll ends within the fetch timeout, the good pages are
 * emitted, and the next poll reads the broken pages again.
 */
class BrokenPagesTest {
  private static final Clock MARCH = Clock.fixed(Instant.parse("2021-03-26T00:00:00Z"), ZoneOffset.UTC);
  private static final Duration TIMEOUT = Duration.ofMillis(800);
  private static final String PARA = "<p>鄂尔多斯市科学技术局召开全市科技创新大会，部署推进科技兴蒙行动，"
      + "支持企业建设研发平台，推动关键核心技术攻关和科技成果转化。</p>";

  private static String article(String title) {
    return "<html><head><meta charset=utf-8><title>" + title + "</title></head><body><h1>" + title + "</h1>"
        + "<div class=info>发布时间：2021-03-10</div><div id=zoom>" + PARA + PARA + "</div></body></html>";
  }

  private static final String GOOD = article("科技创新大会召开");
  /** Cut off in the head: nothing of the article arrived. */
  private static final String CUT_IN_HEAD = "<html><head><meta charset=utf-8><title>科技项目申报通知</ti";
  /** Cut off inside a tag in the middle of the body: the text read so far, with a warning. */
  private static final String CUT_MID_TAG = article("科技特派员工作会议").substring(0, article("科技特派员工作会议")
      .indexOf("</div></body>")) + "<p class=\"fo";
  /** An unclosed <title>: jsoup reads the page again with the title ended, as browsers do. */
  private static final String UNCLOSED_TITLE = "<html><head><meta charset=utf-8><title>科技成果转化<body>"
      + "<h1>科技成果转化</h1><div id=zoom>" + PARA + "</div>";
  /** A comment left open by a template swallows the rest of the page. */
  private static final String UNCLOSED_COMMENT = "<html><head><meta charset=utf-8><title>科技成果转化</title></head><body>"
      + "<!-- 正文开始 <h1>科技成果转化</h1><div id=zoom>" + PARA + "</div></body></html>";
  /** Unclosed paragraphs and divisions that jsoup closes as a browser would: read in full. */
  private static final String UNCLOSED_BLOCKS = "<html><head><meta charset=utf-8><title>创新平台认定</title><body>"
      + "<h1>创新平台认定</h1><div class=info>发布时间：2021-03-10<div id=zoom><p>鄂尔多斯市科学技术局认定一批创新平台，"
      + "支持企业建设研发平台<p>推动关键核心技术攻关和科技成果转化";

  private static SourceReader reader() {
    return new SourceReader(new Fetcher(new Fetcher.FetchSettings(TIMEOUT, Duration.ZERO, "bulletin-collector/test",
        1_000_000, 3, 0, Duration.ofMillis(10), Duration.ofSeconds(1), true, Optional.empty())), MARCH, 30, 0, Duration.ofMinutes(5));
  }

  private static SourceDefinition source(BrokenSite site) {
    return new SourceDefinition("broken", "科技局", SourceLevel.MUNICIPAL, null, "html",
        List.of(site.url("/list/").toString()), null, null, null, new ListSelectors("ul li", "a", "a", "span"),
        new ArticleSelectors("h1", null, "#zoom"), null, null, null, true, false);
  }

  private static String list(String... paths) {
    StringBuilder html = new StringBuilder("<html><body><ul>");
    for (String p : paths) {
      html.append("<li><a href='").append(p).append("'>").append(p).append("</a><span>2021-03-10</span></li>");
    }
    return html.append("</ul></body></html>").toString();
  }

  private static byte[] gzip(String html) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(html.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static final List<String> BROKEN = List.of("/a/head.html", "/a/comment.html", "/a/length.html",
      "/a/length-hang.html", "/a/not-gzip.html", "/a/gzip-cut.html");

  @Test
  void eachBrokenPageIsNamedInTheHealthRecordAndTheGoodOnesAreEmitted() throws Exception {
    try (BrokenSite site = BrokenSite.start()) {
      byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
      byte[] gz = gzip(GOOD);
      site.page("/list/", list(Stream.concat(Stream.of("/a/good.html", "/a/mid-tag.html", "/a/blocks.html",
              "/a/title.html"),
              BROKEN.stream()).toArray(String[]::new)))
          .page("/a/good.html", GOOD)
          .page("/a/mid-tag.html", CUT_MID_TAG)
          .page("/a/blocks.html", UNCLOSED_BLOCKS)
          .page("/a/head.html", CUT_IN_HEAD)
          .page("/a/title.html", UNCLOSED_TITLE)
          .page("/a/comment.html", UNCLOSED_COMMENT)
          // Content-Length promises twice the body, then the site closes the connection
          .raw("/a/length.html", BrokenSite.headers(good.length * 2L, "Connection: close\r\n"), good, false)
          // Content-Length promises more and the site keeps the connection open, silent
          .raw("/a/length-hang.html", BrokenSite.headers(good.length + 100L, ""), good, true)
          // says gzip, sends plain HTML
          .raw("/a/not-gzip.html", BrokenSite.headers(good.length, "Content-Encoding: gzip\r\n"), good, false)
          // a gzip stream cut in the middle
          .raw("/a/gzip-cut.html", BrokenSite.headers(gz.length / 2, "Content-Encoding: gzip\r\n"),
              Arrays.copyOf(gz, gz.length / 2), false);

      SourceDefinition source = source(site);
      SeenItems seen = SeenItems.empty();
      SourceReader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader().read(source, seen),
          "a broken page must not hold the poll");
      SourceHealth health = Collector.health(source, r, null, Instant.now(MARCH));

      assertFalse(health.ok());
      assertEquals(10, health.itemsFound(), "every listed page is counted");
      assertEquals(4, health.newItems(), r.emits().stream().map(e -> e.announcement().title() + ": "
          + e.announcement().text()).toList().toString());
      assertEquals(List.of("科技创新大会召开", "科技特派员工作会议", "创新平台认定", "科技成果转化"),
          r.emits().stream().map(e -> e.announcement().title()).toList());
      assertTrue(r.emits().get(2).announcement().text().endsWith("推动关键核心技术攻关和科技成果转化"),
          r.emits().get(2).announcement().text());
      assertEquals(BROKEN.size(), health.articlesFailed(), String.join("\n", health.problems()));
      assertEquals(BROKEN.size(), health.problems().size(), String.join("\n", health.problems()));
      for (int i = 0; i < BROKEN.size(); i++) {
        assertTrue(health.problems().get(i).startsWith(site.url(BROKEN.get(i)) + ": "), health.problems().get(i));
      }
      List<String> p = health.problems();
      assertTrue(p.get(0).endsWith(": no article text found (article.body '#zoom')"), p.get(0));
      assertTrue(p.get(1).endsWith(": no article text found (article.body '#zoom')"), p.get(1));
      assertTrue(p.get(2).endsWith(": the site closed the connection after " + good.length + " of the "
          + 2 * good.length + " bytes its Content-Length announced"), p.get(2));
      assertTrue(p.get(3).endsWith(": the page did not arrive within 800 ms: it stalled after " + good.length
          + " bytes"), p.get(3));
      assertTrue(p.get(4).contains(": reading the page failed: Not in GZIP format"), p.get(4));
      assertTrue(p.get(5).endsWith(": reading the page failed: Unexpected end of ZLIB input stream"), p.get(5));
      assertEquals(List.of(site.url("/a/mid-tag.html") + ": the page ends inside a tag after "
          + CUT_MID_TAG.getBytes(StandardCharsets.UTF_8).length + " bytes: it may be cut off; its text was taken "
          + "as far as it goes"), health.warnings());

      // The broken pages were not remembered as seen: once the site is mended, the next poll takes them.
      r.emits().forEach(e -> seen.remember(e.seen(Instant.now(MARCH))));
      BROKEN.forEach(path -> site.page(path, article("修复后的页面" + path)));
      SourceReader.Result again = reader().read(source, seen);
      SourceHealth mended = Collector.health(source, again, health, Instant.now(MARCH));
      assertTrue(mended.ok(), String.join("\n", mended.problems()));
      assertEquals(BROKEN.size(), mended.newItems());
    }
  }

  @Test
  void aBrokenListPageIsAProblemNamingItAndTheSourceIsReadAgainNextPoll() throws Exception {
    try (BrokenSite site = BrokenSite.start()) {
      byte[] listed = list("/a/good.html").getBytes(StandardCharsets.UTF_8);
      site.raw("/list/", BrokenSite.headers(listed.length, "Content-Encoding: gzip\r\n"), listed, false)
          .page("/a/good.html", GOOD);
      SourceDefinition source = source(site);
      SourceReader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> reader().read(source, SeenItems.empty()));
      SourceHealth health = Collector.health(source, r, null, Instant.now(MARCH));
      assertFalse(health.ok());
      assertEquals(List.of(site.url("/list/") + ": reading the page failed: Not in GZIP format"), health.problems());
      assertEquals(0, health.itemsFound());
      assertEquals(List.of(), r.listPages(), "a list page read in error is not remembered");

      site.raw("/list/", BrokenSite.headers(listed.length + 50L, ""), listed, true);
      health = Collector.health(source, reader().read(source, SeenItems.empty()), health, Instant.now(MARCH));
      assertEquals(List.of(site.url("/list/") + ": the page did not arrive within 800 ms: it stalled after "
          + listed.length + " bytes"), health.problems());

      site.page("/list/", list("/a/good.html"));
      health = Collector.health(source, reader().read(source, SeenItems.empty()), health, Instant.now(MARCH));
      assertTrue(health.ok(), String.join("\n", health.problems()));
      assertEquals(1, health.newItems());
    }
  }
}

package bulletin.collector.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.record.SeenItem;
import bulletin.testkit.LocalSite;
import bulletin.testkit.LocalSite.Response;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server in the test. */
class FetcherTest {
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    site = LocalSite.start();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private static Fetcher fetcher(boolean allowLoopback) {
    return fetcher(allowLoopback, HostResolver.SYSTEM);
  }

  private static Fetcher fetcher(boolean allowLoopback, HostResolver resolver) {
    return new Fetcher(new Fetcher.FetchSettings(Duration.ofMillis(500), Duration.ZERO, "bulletin-collector/test",
        10_000, 3, 2, Duration.ofMillis(10), Duration.ofSeconds(2), allowLoopback, Optional.empty()), resolver);
  }

  private static String text(FetchedPage p) {
    return new String(p.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsFetchedAndGzipIsUndone() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write("<p>科技简报</p>".getBytes(StandardCharsets.UTF_8));
    }
    site.route("/a.html", (h, n) -> new Response(200, zipped.toByteArray(),
        Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"), Duration.ZERO));
    FetchedPage page = fetcher(true).fetch(site.url("/a.html"), false);
    assertEquals("<p>科技简报</p>", text(page));
    assertEquals(Optional.of("text/html"), page.contentType());
  }

  @Test
  void notFoundIsAnErrorWithItsStatus() {
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/gone.html"), false));
    assertEquals(404, e.status());
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    assertEquals(1, site.hits("/gone.html"), "a 404 is not retried");
  }

  @Test
  void aServerErrorIsRetriedUntilItClears() throws Exception {
    site.route("/flaky.html", (h, n) -> n == 1 ? Response.status(500, Map.of())
        : Response.html("<p>ok</p>", StandardCharsets.UTF_8));
    assertEquals("<p>ok</p>", text(fetcher(true).fetch(site.url("/flaky.html"), false)));
    assertEquals(2, site.hits("/flaky.html"));
  }

  @Test
  void aServerThatKeepsFailingIsReportedAfterItsRetries() {
    site.status("/down.html", 503);
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/down.html"), false));
    assertTrue(e.getMessage().contains("HTTP 503 (after 3 attempts)"), e.getMessage());
    assertEquals(3, site.hits("/down.html"));
  }

  @Test
  void tooManyRequestsIsWaitedOutAsRetryAfterSays() throws Exception {
    site.route("/busy.html", (h, n) -> n == 1 ? Response.status(429, Map.of("Retry-After", "1"))
        : Response.html("<p>ok</p>", StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    assertEquals("<p>ok</p>", text(fetcher(true).fetch(site.url("/busy.html"), false)));
    assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(900).toNanos(), "waited about Retry-After");
  }

  @Test
  void aRetryAfterBeyondTheLimitIsAnError() {
    site.route("/busy.html", (h, n) -> Response.status(429, Map.of("Retry-After", "3600")));
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/busy.html"), false));
    assertTrue(e.getMessage().contains("asks to wait 3600 s"), e.getMessage());
  }

  @Test
  void aPageThatStallsMidwayIsCutOffAtTheTimeout() {
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    site.stallMidPage("/stalled.html", "<html><body><p>开头</p>" + "<p>正文</p>".repeat(200) + "</body></html>",
        StandardCharsets.UTF_8, 40, never);
    try {
      long start = System.nanoTime();
      FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/stalled.html"), false));
      assertTrue(e.getMessage().contains("did not arrive within 500 ms: it stalled after 40 bytes"), e.getMessage());
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "took " + (System.nanoTime() - start) / 1e6 + " ms");
    } finally {
      never.countDown();
    }
  }

  @Test
  void aServerSlowerThanTheTimeoutIsReported() {
    site.route("/slow.html", (h, n) -> new Response(200, "<p>late</p>".getBytes(StandardCharsets.UTF_8),
        Map.of(), Duration.ofSeconds(3)));
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/slow.html"), false));
    assertTrue(e.getMessage().contains("no answer within 500 ms"), e.getMessage());
  }

  @Test
  void aRedirectLoopIsAnError() {
    site.route("/a", (h, n) -> Response.status(302, Map.of("Location", "/b")));
    site.route("/b", (h, n) -> Response.status(302, Map.of("Location", "/a")));
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/a"), false));
    assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
  }

  @Test
  void redirectsAreFollowedToThePagesOwnUrl() throws Exception {
    site.route("/old", (h, n) -> Response.status(301, Map.of("Location", "/new.html")));
    site.page("/new.html", "<p>moved</p>", StandardCharsets.UTF_8);
    FetchedPage page = fetcher(true).fetch(site.url("/old"), false);
    assertEquals(site.url("/new.html"), page.url());
  }

  @Test
  void anOversizedPageIsRefused() {
    site.page("/big.html", "<p>" + "科".repeat(10_000) + "</p>", StandardCharsets.UTF_8);
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/big.html"), false));
    assertTrue(e.getMessage().contains("larger than 10000 bytes"), e.getMessage());
  }

  @Test
  void robotsTxtIsHonoured() throws Exception {
    site.route("/robots.txt", (h, n) -> new Response(200,
        "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/plain"),
        Duration.ZERO));
    site.page("/private/a.html", "<p>secret</p>", StandardCharsets.UTF_8);
    site.page("/public/a.html", "<p>public</p>", StandardCharsets.UTF_8);
    Fetcher fetcher = fetcher(true);
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(site.url("/private/a.html"), false));
    assertTrue(e.getMessage().contains("disallowed by robots.txt"), e.getMessage());
    assertEquals(0, site.hits("/private/a.html"));
    assertEquals("<p>public</p>", text(fetcher.fetch(site.url("/public/a.html"), false)));
    assertEquals(1, site.hits("/robots.txt"), "robots.txt is read once per host");
  }

  @Test
  void aConditionalRequestGetsNotModified() throws Exception {
    site.route("/list.html", (h, n) -> "\"v1\"".equals(h.getFirst("If-None-Match"))
        ? Response.status(304, Map.of("ETag", "\"v1\""))
        : new Response(200, "<p>list</p>".getBytes(StandardCharsets.UTF_8), Map.of("ETag", "\"v1\""), Duration.ZERO));
    Fetcher fetcher = fetcher(true);
    FetchedPage first = fetcher.fetch(site.url("/list.html"), false);
    assertFalse(first.notModified());
    assertEquals("\"v1\"", first.etag());
    SeenItem seen = new SeenItem(1, "id", site.url("/list.html").toString(), "", 0, Instant.now(), first.etag(), null);
    assertTrue(fetcher.fetch(site.url("/list.html"), false, Optional.of(seen)).notModified());
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedBeforeAnyConnection() {
    site.route("/jump", (h, n) -> Response.status(302, Map.of("Location", "http://10.1.2.3/admin")));
    FetchException e = assertThrows(FetchException.class, () -> fetcher(true).fetch(site.url("/jump"), false));
    assertTrue(e.getMessage().contains("refused: 10.1.2.3 resolves to the internal address 10.1.2.3"), e.getMessage());
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    site.page("/a.html", "<p>x</p>", StandardCharsets.UTF_8);
    FetchException e = assertThrows(FetchException.class, () -> fetcher(false).fetch(site.url("/a.html"), false));
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    assertEquals(0, site.hits("/a.html"));
  }

  @Test
  void aNameThatAnswersPublicThenLoopbackNeverReachesLoopback() throws Exception {
    site.page("/a.html", "<p>x</p>", StandardCharsets.UTF_8);
    AtomicInteger asked = new AtomicInteger();
    // DNS rebinding: a public address (TEST-NET-1) for the check, loopback for every later question.
    HostResolver rebinding = host -> new InetAddress[] {InetAddress.getByAddress(host,
        asked.incrementAndGet() == 1 ? new byte[] {(byte) 192, 0, 2, 1} : new byte[] {127, 0, 0, 1})};
    URI url = URI.create("http://rebind.test:" + site.url("/").getPort() + "/a.html");
    FetchException e = assertThrows(FetchException.class, () -> fetcher(false, rebinding).fetch(url, false));
    assertTrue(e.getMessage().contains("refused: rebind.test resolves to the internal address 127.0.0.1"), e.getMessage());
    assertEquals(0, site.hits("/a.html"));
    assertEquals(0, site.hits("/robots.txt"));
  }

  @Test
  void theConnectionGoesToTheCheckedAddressUnderTheSitesName() throws Exception {
    AtomicReference<String> hostHeader = new AtomicReference<>();
    site.route("/a.html", (h, n) -> {
      hostHeader.set(h.getFirst("Host"));
      return Response.html("<p>x</p>", StandardCharsets.UTF_8);
    });
    AtomicInteger asked = new AtomicInteger();
    HostResolver local = host -> {
      asked.incrementAndGet();
      return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
    };
    int port = site.url("/").getPort();
    FetchedPage page = fetcher(true, local).fetch(URI.create("http://www.kjj.test:" + port + "/a.html"), false);
    assertEquals("<p>x</p>", text(page));
    assertEquals("www.kjj.test:" + port, hostHeader.get());
    assertTrue(asked.get() >= 1, "the fetcher asked the resolver it was given");
  }
}

package bulletin.collector.fetch;

import bulletin.common.record.SeenItem;
import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches pages the way a careful crawler does: one request at a time to a host (other hosts may be
 * fetched meanwhile, from other threads), a pause between requests to the same host (longer when robots.txt asks), robots.txt honoured, conditional requests with the
 * validators of the last visit, retries with backoff on 5xx and timeouts, 429 waited out as
 * Retry-After says, a bounded number of redirects each checked by the {@link AddressGuard} and
 * connected to the very address it checked, a size limit and gzip. With a replay base set, every
 * URL is served from the written pages instead.
 */
public final class Fetcher {
  private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  private final CloseableHttpClient client;
  private final HostResolver resolver;
  private final FetchSettings settings;
  private final Robots robots;
  private final Map<String, Long> lastRequestByHost = new ConcurrentHashMap<>();
  private final Map<String, Duration> delayByHost = new ConcurrentHashMap<>();
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();

  public Fetcher(FetchSettings settings) {
    this(settings, HostResolver.SYSTEM);
  }

  /** A fetcher that asks {@code resolver} for addresses (a test's own DNS). */
  public Fetcher(FetchSettings settings, HostResolver resolver) {
    this.settings = settings;
    this.resolver = resolver;
    this.robots = new Robots(settings.userAgent());
    Timeout timeout = Timeout.of(settings.timeout());
    // Redirects, compression and retries are the fetcher's own, so that each hop is checked and paced.
    // A connection serves one request: requests to a host are seconds apart, and a site that closes a
    // kept-alive connection without saying so would otherwise fail the next page.
    this.client = HttpClients.custom()
        .setConnectionReuseStrategy((request, response, context) -> false)
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .build();
  }

  /** Fetches {@code url} unconditionally. */
  public FetchedPage fetch(URI url, boolean allowPrivate) throws FetchException {
    return fetch(url, allowPrivate, Optional.empty());
  }

  /**
   * Fetches {@code url}, following redirects. With the validators of an earlier visit the request
   * is conditional, and an unchanged page comes back as {@link FetchedPage#notModified()}.
   *
   * @param allowPrivate the source allows internal addresses
   */
  public FetchedPage fetch(URI url, boolean allowPrivate, Optional<SeenItem> earlier)
      throws FetchException {
    AddressGuard guard = new AddressGuard(settings.allowLoopback(), allowPrivate, resolver);
    Set<URI> visited = new HashSet<>();
    URI current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      if (!visited.add(current)) {
        throw new FetchException(url, "redirect loop at " + current);
      }
      URI target = onTheWire(current);
      guard.check(target);
      checkRobots(current, guard);
      politeWait(target.getHost());
      Response response = sendWithRetries(current, target, guard, hop == 0 ? earlier : Optional.empty());
      int status = response.status();
      Optional<String> location = response.header("Location");
      if (status >= 300 && status < 400 && status != 304 && location.isPresent()) {
        response.close();
        current = current.resolve(location.get().strip());
        continue;
      }
      String etag = response.header("ETag").orElse(null);
      String lastModified = response.header("Last-Modified").orElse(null);
      if (status == 304) {
        response.close();
        return new FetchedPage(current, true, new byte[0], Optional.empty(), etag, lastModified);
      }
      if (status != 200) {
        response.close();
        throw new FetchException(current, status, "HTTP " + status);
      }
      byte[] body = read(current, response);
      return new FetchedPage(current, false, body, response.header("Content-Type"), etag, lastModified);
    }
    throw new FetchException(url, "more than " + settings.maxRedirects() + " redirects");
  }

  private URI onTheWire(URI url) {
    return settings.replayBase().map(base -> replayed(base, url)).orElse(url);
  }

  private void checkRobots(URI url, AddressGuard guard) throws FetchException {
    BaseRobotRules rules = robots.rulesFor(url, robotsUrl -> {
      URI target = onTheWire(robotsUrl);
      guard.check(target);
      politeWait(target.getHost());
      Response r = sendWithRetries(robotsUrl, target, guard, Optional.empty());
      if (r.status() != 200) {
        r.close();
        return new Robots.Answer(r.status(), new byte[0], "text/plain");
      }
      return new Robots.Answer(200, read(robotsUrl, r), r.header("Content-Type").orElse("text/plain"));
    });
    if (rules.getCrawlDelay() > 0) {
      Duration asked = Duration.ofMillis(rules.getCrawlDelay());
      delayByHost.put(onTheWire(url).getHost(), asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked);
    }
    if (!rules.isAllowed(url.toString())) {
      throw new FetchException(url, rules.isDeferVisits()
          ? "robots.txt of " + url.getHost() + " could not be read: its pages wait for a later poll"
          : "disallowed by robots.txt of " + url.getHost());
    }
  }

  /** Sends, retrying 5xx, 429 and timeouts with backoff; the last answer or failure is returned. */
  private Response sendWithRetries(URI url, URI target, AddressGuard guard, Optional<SeenItem> earlier)
      throws FetchException {
    Duration backoff = settings.retryBackoff();
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= settings.retries();
      Response response;
      try {
        response = send(target, guard.check(target), earlier);
      } catch (FetchException e) {
        if (last) {
          throw new FetchException(url, e.getMessage().substring(e.getMessage().indexOf(": ") + 2)
              + (attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : ""));
        }
        LOG.debug("{}: {}; retrying in {}", url, e.getMessage(), backoff);
        pause(url, backoff);
        backoff = backoff.multipliedBy(2);
        continue;
      }
      int status = response.status();
      boolean retryable = status == 429 || status >= 500;
      if (!retryable || last) {
        if (retryable && attempt > 0) {
          response.close();
          throw new FetchException(url, status, "HTTP " + status + " (after " + (attempt + 1) + " attempts)");
        }
        return response;
      }
      response.close();
      Duration wait = status == 429 ? retryAfter(response).orElse(backoff) : backoff;
      if (wait.compareTo(settings.maxRetryAfter()) > 0) {
        throw new FetchException(url, status, "HTTP 429: the site asks to wait " + wait.toSeconds()
            + " s, more than fetch.max-retry-after");
      }
      LOG.debug("{}: HTTP {}; retrying in {}", url, status, wait);
      pause(url, wait);
      backoff = backoff.multipliedBy(2);
    }
  }

  private static Optional<Duration> retryAfter(Response r) {
    return r.header("Retry-After").flatMap(v -> {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
      } catch (NumberFormatException e) {
        return Optional.empty(); // an HTTP date: fall back to the backoff
      }
    });
  }

  /** Sends a GET for {@code target} over a connection to {@code address}, the one the guard checked. */
  private Response send(URI target, InetAddress address, Optional<SeenItem> earlier) throws FetchException {
    HttpGet request = new HttpGet(target);
    request.setHeader("User-Agent", settings.userAgent());
    request.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    request.setHeader("Accept-Encoding", "gzip");
    earlier.ifPresent(seen -> {
      if (seen.etag() != null) {
        request.setHeader("If-None-Match", seen.etag());
      }
      if (seen.lastModified() != null) {
        request.setHeader("If-Modified-Since", seen.lastModified());
      }
    });
    HttpHost pinned = new HttpHost(target.getScheme(), address, target.getHost(), target.getPort());
    try {
      return new Response(client.execute(pinned, request));
    } catch (SocketTimeoutException e) { // connecting or waiting for the answer
      throw new FetchException(target, "no answer within " + settings.timeout().toMillis() + " ms");
    } catch (IOException e) {
      throw new FetchException(target, "cannot connect: " + e.getMessage());
    }
  }

  /** An answer whose body is still to be read; closing it frees the connection. */
  private record Response(CloseableHttpResponse raw) {
    int status() {
      return raw.getCode();
    }

    Optional<String> header(String name) {
      Header h = raw.getFirstHeader(name);
      return h == null ? Optional.empty() : Optional.ofNullable(h.getValue());
    }

    InputStream body() throws IOException {
      HttpEntity entity = raw.getEntity();
      return entity == null ? InputStream.nullInputStream() : entity.getContent();
    }

    void close() {
      try {
        raw.close();
      } catch (IOException ignored) {
        // the answer is discarded anyway
      }
    }
  }

  /**
   * Reads the body within fetch.timeout. The client's own timeout ends when the headers arrive, so
   * a site that stalls in the middle of a page would otherwise hold the collector, and every source
   * after it, for good: past the deadline the stream is closed under the read.
   */
  private byte[] read(URI url, Response response) throws FetchException {
    boolean gzip = response.header("Content-Encoding").map(v -> v.contains("gzip")).orElse(false);
    InputStream raw;
    try {
      raw = response.body();
    } catch (IOException e) {
      response.close();
      throw new FetchException(url, "reading the page failed: " + e.getMessage());
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> {
      late.set(true);
      closeQuietly(raw);
    }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (raw; InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      byte[] buf = new byte[16 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > settings.maxBytes()) {
          throw new FetchException(url, "page is larger than " + settings.maxBytes() + " bytes (fetch.max-bytes)");
        }
      }
      if (late.get()) {
        throw new IOException("closed at the deadline");
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (late.get() || e instanceof SocketTimeoutException) {
        throw new FetchException(url, "the page did not arrive within " + settings.timeout().toMillis()
            + " ms: it stalled after " + out.size() + " bytes");
      }
      long announced = response.header("Content-Length").filter(v -> v.strip().matches("\\d{1,18}"))
          .map(v -> Long.parseLong(v.strip())).orElse(-1L);
      if (!gzip && announced > out.size()) {
        throw new FetchException(url, "the site closed the connection after " + out.size() + " of the " + announced
            + " bytes its Content-Length announced");
      }
      throw new FetchException(url, "reading the page failed: " + e.getMessage());
    } finally {
      deadline.cancel(false);
      response.close();
    }
  }

  /** Closes the bodies of pages that take longer than fetch.timeout; one daemon thread for every fetcher. */
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fetch-deadline");
    t.setDaemon(true);
    return t;
  });

  /** Waits out the host's delay since its last request; requests to one host from several threads take turns. */
  private void politeWait(String host) throws FetchException {
    synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
      waitTurn(host);
    }
  }

  private void waitTurn(String host) throws FetchException {
    Duration delay = delayByHost.getOrDefault(host, Duration.ZERO);
    if (settings.delay().compareTo(delay) > 0) {
      delay = settings.delay();
    }
    Long last = lastRequestByHost.get(host);
    if (last != null) {
      long waitNanos = delay.toNanos() - (System.nanoTime() - last);
      if (waitNanos > 0) {
        pause(URI.create("http://" + host + "/"), Duration.ofNanos(waitNanos));
      }
    }
    lastRequestByHost.put(host, System.nanoTime());
  }

  /** Politeness and backoff: waiting is the point here. */
  private static void pause(URI url, Duration d) throws FetchException {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted");
    }
  }

  /** https://www.most.gov.cn/kjbgz/ under base http://127.0.0.1:8000/ → …/www.most.gov.cn/kjbgz/ */
  static URI replayed(URI base, URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String b = base.toString().endsWith("/") ? base.toString() : base + "/";
    return URI.create(b + url.getHost() + path);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the response is discarded anyway
    }
  }

  /** The fetch part of the collector's settings. */
  public record FetchSettings(Duration timeout, Duration delay, String userAgent, long maxBytes,
      int maxRedirects, int retries, Duration retryBackoff, Duration maxRetryAfter,
      boolean allowLoopback, Optional<URI> replayBase) {}
}

package bulletin.collector.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages politely: one request at a time, a delay between requests to the same host,
 * a bounded number of redirects each checked by the {@link AddressGuard}, a size limit and a
 * timeout. When a replay base is set, every URL is served from recorded pages instead.
 */
public final class Fetcher {
  private final HttpClient client;
  private final FetchSettings settings;
  private final Map<String, Long> lastRequestByHost = new HashMap<>();

  public Fetcher(FetchSettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout())
        .build();
  }

  /** Fetches {@code url}, following redirects; {@code allowPrivate} comes from the source. */
  public synchronized FetchedPage fetch(URI url, boolean allowPrivate) throws FetchException {
    AddressGuard guard = new AddressGuard(allowPrivate || settings.allowPrivate());
    URI current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      URI asked = current;
      URI target = settings.replayBase().map(base -> replayed(base, asked)).orElse(asked);
      guard.check(target);
      politeWait(target.getHost());
      HttpResponse<InputStream> response = send(target);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        closeQuietly(response.body());
        current = current.resolve(response.headers().firstValue("Location").get().strip());
        continue;
      }
      if (status != 200) {
        closeQuietly(response.body());
        throw new FetchException(current, status, "HTTP " + status);
      }
      byte[] body = read(current, response);
      return new FetchedPage(current, body, response.headers().firstValue("Content-Type"));
    }
    throw new FetchException(url, "more than " + settings.maxRedirects() + " redirects");
  }

  private HttpResponse<InputStream> send(URI target) throws FetchException {
    HttpRequest request = HttpRequest.newBuilder(target)
        .timeout(settings.timeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(target, "no answer within " + settings.timeout().toSeconds() + " s");
    } catch (IOException e) {
      throw new FetchException(target, "cannot connect: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(target, "interrupted");
    }
  }

  private byte[] read(URI url, HttpResponse<InputStream> response) throws FetchException {
    boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.contains("gzip")).orElse(false);
    try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > settings.maxBytes()) {
          throw new FetchException(url, "page is larger than " + settings.maxBytes() + " bytes");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new FetchException(url, "reading the page failed: " + e.getMessage());
    }
  }

  private void politeWait(String host) throws FetchException {
    long now = System.nanoTime();
    Long last = lastRequestByHost.get(host);
    long waitNanos = last == null ? 0 : settings.delay().toNanos() - (now - last);
    if (waitNanos > 0) {
      try {
        Thread.sleep(Duration.ofNanos(waitNanos).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(URI.create("http://" + host), "interrupted");
      }
    }
    lastRequestByHost.put(host, System.nanoTime());
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
      int maxRedirects, boolean allowPrivate, Optional<URI> replayBase) {}
}

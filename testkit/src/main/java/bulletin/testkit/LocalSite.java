package bulletin.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on loopback whose answers a test sets route by route. */
public final class LocalSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

  /**
   * One answer.
   *
   * @param delay how long the server waits before answering (a slow site)
   */
  public record Response(int status, byte[] body, Map<String, String> headers, Duration delay) {
    public static Response html(String html, Charset charset) {
      return new Response(200, html.getBytes(charset), Map.of("Content-Type", "text/html"), Duration.ZERO);
    }

    public static Response status(int status, Map<String, String> headers) {
      return new Response(status, new byte[0], headers, Duration.ZERO);
    }
  }

  /** Answers a request, given its headers and how many times the path was requested (1 for the first). */
  @FunctionalInterface
  public interface Route {
    Response answer(Headers requestHeaders, int hit);
  }

  private final List<Long> arrivals = new java.util.ArrayList<>();

  private LocalSite(HttpServer server) {
    this.server = server;
  }

  public static LocalSite start() throws IOException {
    return start(InetAddress.getLoopbackAddress());
  }

  /**
   * Starts a site on {@code address}, one of the loopback range (127.0.0.2 is a host of its own to
   * the collector, reached without leaving the machine).
   */
  public static LocalSite start(InetAddress address) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
    LocalSite site = new LocalSite(server);
    server.createContext("/", site::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "local-site");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return site;
  }

  /** Serves {@code html} at {@code path}, encoded in {@code charset}, with a Content-Type naming no charset. */
  public LocalSite page(String path, String html, Charset charset) {
    return route(path, (h, n) -> Response.html(html, charset));
  }

  /** Answers {@code path} with a status and no body. */
  public LocalSite status(String path, int status) {
    return route(path, (h, n) -> Response.status(status, Map.of()));
  }

  /** Answers {@code path} as {@code route} says. */
  public LocalSite route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /**
   * Answers {@code path} with 200 and a Content-Length for all of {@code html}, sends its first
   * {@code head} bytes, and sends the rest only when {@code resume} opens: a site that hangs in the
   * middle of a page.
   */
  public LocalSite stallMidPage(String path, String html, Charset charset, int head, CountDownLatch resume) {
    stalls.put(path, new Stall(html.getBytes(charset), head, resume));
    return this;
  }

  private record Stall(byte[] body, int head, CountDownLatch resume) {}

  /** The absolute URL of {@code path} on this server. */
  public URI url(String path) {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
        + path);
  }

  /** How many requests {@code path} has received. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** When each request arrived (System.nanoTime), in order of arrival. */
  public List<Long> arrivals() {
    synchronized (arrivals) {
      return List.copyOf(arrivals);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    synchronized (arrivals) {
      arrivals.add(System.nanoTime());
    }
    try (ex) {
      String path = ex.getRequestURI().getPath();
      int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Stall stall = stalls.get(path);
      if (stall != null) {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, stall.body().length);
        OutputStream out = ex.getResponseBody();
        out.write(stall.body(), 0, stall.head());
        out.flush();
        try {
          stall.resume().await(); // the hang under test
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        out.write(stall.body(), stall.head(), stall.body().length - stall.head());
        out.close();
        return;
      }
      Route route = routes.get(path);
      Response r = route == null ? Response.status(404, Map.of()) : route.answer(ex.getRequestHeaders(), hit);
      if (!r.delay().isZero()) {
        try {
          Thread.sleep(r.delay().toMillis()); // the slow site under test
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(r.body());
        }
      }
    } catch (IOException e) {
      // the client hung up (a timeout under test): nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

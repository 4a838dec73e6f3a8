package bulletin.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on loopback whose pages a test sets route by route. */
public final class LocalSite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Response> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  /** What one route answers. */
  public record Response(int status, byte[] body, String contentType) {}

  private LocalSite(HttpServer server) {
    this.server = server;
  }

  public static LocalSite start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LocalSite site = new LocalSite(server);
    server.createContext("/", site::handle);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "local-site");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return site;
  }

  /** Serves {@code html} at {@code path}, encoded in {@code charset}, with a Content-Type naming no charset. */
  public LocalSite page(String path, String html, Charset charset) {
    routes.put(path, new Response(200, html.getBytes(charset), "text/html"));
    return this;
  }

  /** Answers {@code path} with a status and no body. */
  public LocalSite status(String path, int status) {
    routes.put(path, new Response(status, new byte[0], "text/plain"));
    return this;
  }

  /** The absolute URL of {@code path} on this server. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** How many requests {@code path} has received. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Response r = routes.getOrDefault(path, new Response(404, new byte[0], "text/plain"));
      ex.getResponseHeaders().set("Content-Type", r.contentType());
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(r.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

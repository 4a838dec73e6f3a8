package bulletin.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the pages written for this project in the shape of the shipped sources' sites (their
 * list and article markup, URLs and charsets; 2–5 KB each, not recordings of the real sites) on
 * loopback, byte for byte (GBK pages stay GBK): {@code GET /HOST/PATH} answers with the resource
 * {@code recorded/HOST/PATH}, a path ending in '/' with its {@code index.html}. The charset is left
 * to the page's meta tag, as on many of these sites. Real third-party pages, which are far larger
 * and messier, are read by the collector's tests from {@code ../shared/realpages/}.
 */
public final class RecordedSite implements AutoCloseable {
  private static final String ROOT = "recorded/";
  private final HttpServer server;
  private final AtomicInteger served = new AtomicInteger();

  private RecordedSite(HttpServer server) {
    this.server = server;
  }

  /** Starts serving on a free loopback port. */
  public static RecordedSite start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    RecordedSite site = new RecordedSite(server);
    server.createContext("/", site::handle);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "recorded-site");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return site;
  }

  /** The base to give the collector's {@code fetch.replay-base}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** How many pages were served. */
  public int served() {
    return served.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.contains("..") || !"GET".equals(ex.getRequestMethod())) {
        ex.sendResponseHeaders(400, -1);
        return;
      }
      String resource = ROOT + path.substring(1) + (path.endsWith("/") ? "index.html" : "");
      try (InputStream in = RecordedSite.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          byte[] body = "not recorded".getBytes(StandardCharsets.US_ASCII);
          ex.sendResponseHeaders(404, body.length);
          ex.getResponseBody().write(body);
          return;
        }
        byte[] body = in.readAllBytes();
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
        served.incrementAndGet();
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

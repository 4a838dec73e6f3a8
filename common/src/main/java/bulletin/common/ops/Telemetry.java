package bulletin.common.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * A service's metrics and health for ops: one Prometheus registry per process, and an HTTP
 * endpoint with {@code /health/live} (200 while the process answers), {@code /health/ready} (200
 * when every registered part is ready, else 503 naming those that are not) and {@code /metrics}.
 */
public final class Telemetry implements AutoCloseable {
  private static final PrometheusMeterRegistry REGISTRY = createRegistry();
  private static final Map<String, BooleanSupplier> READINESS = new ConcurrentHashMap<>();

  private final HttpServer server;

  private Telemetry(HttpServer server) {
    this.server = server;
  }

  private static PrometheusMeterRegistry createRegistry() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(r);
    new JvmGcMetrics().bindTo(r);
    new JvmThreadMetrics().bindTo(r);
    new ProcessorMetrics().bindTo(r);
    return r;
  }

  /** The process's registry, for counters, gauges and Kafka client metrics. */
  public static MeterRegistry registry() {
    return REGISTRY;
  }

  /** Adds a part whose readiness {@code /health/ready} reports, such as a Kafka Streams application. */
  public static void readiness(String part, BooleanSupplier ready) {
    READINESS.put(part, ready);
  }

  /** Removes a part that has stopped. */
  public static void forget(String part) {
    READINESS.remove(part);
  }

  /** Serves the endpoint as a service's settings say ({@code metrics.port}, {@code metrics.bind}); null when off. */
  public static Telemetry serve(bulletin.common.config.Settings settings) throws IOException {
    int port = settings.integer("metrics.port");
    return port < 0 ? null : serve(settings.string("metrics.bind"), port);
  }

  /** Serves the endpoint on {@code port} (0: any free port) of {@code bindAddress}. */
  public static Telemetry serve(String bindAddress, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
    server.createContext("/health/live", ex -> answer(ex, 200, "live\n", "text/plain"));
    server.createContext("/health/ready", ex -> {
      List<String> waiting = READINESS.entrySet().stream().filter(e -> !e.getValue().getAsBoolean())
          .map(Map.Entry::getKey).sorted().toList();
      answer(ex, waiting.isEmpty() ? 200 : 503, waiting.isEmpty() ? "ready\n" : "not ready: " + String.join(", ", waiting) + "\n",
          "text/plain");
    });
    server.createContext("/metrics", ex -> answer(ex, 200, REGISTRY.scrape(), "text/plain; version=0.0.4"));
    server.setExecutor(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "telemetry-http");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return new Telemetry(server);
  }

  /** http://HOST:PORT/ of the endpoint. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static void answer(HttpExchange ex, int status, String body, String type) throws IOException {
    try (ex) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type + (type.contains("charset") ? "" : "; charset=utf-8"));
      ex.sendResponseHeaders(status, b.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

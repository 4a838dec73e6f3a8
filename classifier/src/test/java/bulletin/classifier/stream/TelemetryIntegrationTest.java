package bulletin.classifier.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.ops.Telemetry;
import bulletin.testkit.SharedKafka;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A running service answers liveness, readiness and a Prometheus scrape with its Kafka Streams metrics. */
class TelemetryIntegrationTest {

  @Test
  void aRunningClassifierIsLiveReadyAndMeasured() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", SharedKafka.bootstrapServers(),
        "streams.application-id", "classifier-telemetry-" + run, "topics.partitions", "1", "metrics.port", "0"));
    HttpClient http = HttpClient.newHttpClient();
    try (Telemetry telemetry = Telemetry.serve(settings); StreamsApp app = ClassifierMain.start(settings)) {
      assertEquals(200, get(http, telemetry, "health/live").statusCode());
      app.awaitRunning(Duration.ofSeconds(60));
      HttpResponse<String> ready = get(http, telemetry, "health/ready");
      assertEquals(200, ready.statusCode(), ready.body());
      String metrics = get(http, telemetry, "metrics").body();
      assertTrue(metrics.contains("kafka_stream_"), "Kafka Streams metrics are exported");
      assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM memory is exported");
    }
  }

  private static HttpResponse<String> get(HttpClient http, Telemetry t, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(t.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

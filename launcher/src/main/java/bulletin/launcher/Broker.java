package bulletin.launcher;

import bulletin.testkit.EmbeddedKafka;
import java.io.PrintStream;
import java.nio.file.Path;

/** The Kafka the launcher talks to: {@code KAFKA_BOOTSTRAP} when set, else an embedded broker. */
final class Broker implements AutoCloseable {
  private final String bootstrap;
  private final EmbeddedKafka embedded;

  private Broker(String bootstrap, EmbeddedKafka embedded) {
    this.bootstrap = bootstrap;
    this.embedded = embedded;
  }

  /**
   * Connects to {@code KAFKA_BOOTSTRAP}, or starts a broker.
   *
   * @param dataDir where the embedded broker keeps its data, or null for a temporary directory
   */
  static Broker open(PrintStream out, Path dataDir, int port) {
    String external = System.getenv("KAFKA_BOOTSTRAP");
    if (external != null && !external.isBlank()) {
      out.println("using the Kafka cluster at " + external + " (KAFKA_BOOTSTRAP)");
      return new Broker(external.strip(), null);
    }
    out.print("starting an embedded Apache Kafka broker (KRaft, single node)… ");
    out.flush();
    long t0 = System.nanoTime();
    EmbeddedKafka kafka = dataDir == null ? EmbeddedKafka.start() : EmbeddedKafka.start(dataDir, false, port);
    out.printf("ready at %s in %.1f s%n", kafka.bootstrapServers(), (System.nanoTime() - t0) / 1e9);
    return new Broker(kafka.bootstrapServers(), kafka);
  }

  String bootstrap() {
    return bootstrap;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}

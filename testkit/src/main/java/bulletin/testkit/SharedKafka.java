package bulletin.testkit;

/**
 * One broker for a whole test run: {@code KAFKA_BOOTSTRAP} when it is set, otherwise an
 * {@link EmbeddedKafka} started on first use and stopped when the JVM exits.
 */
public final class SharedKafka {

  private static String bootstrap;

  private SharedKafka() {}

  /** The bootstrap servers of the shared broker, starting it if needed. */
  public static synchronized String bootstrapServers() {
    if (bootstrap == null) {
      String external = System.getenv("KAFKA_BOOTSTRAP");
      if (external != null && !external.isBlank()) {
        bootstrap = external.trim();
      } else {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-stop"));
        bootstrap = kafka.bootstrapServers();
      }
    }
    return bootstrap;
  }
}

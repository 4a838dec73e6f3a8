package bulletin.common.kafka;

import bulletin.common.config.HealthFile;
import bulletin.common.ops.Telemetry;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the project's Kafka Streams applications run: exactly-once (v2), and every record that
 * cannot be read or processed sent to the application's dead-letter topic with the error and its
 * source topic, partition and offset in headers, while the stream goes on.
 */
public final class StreamsApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

  private final KafkaStreams streams;
  private final String applicationId;
  private final java.util.List<AutoCloseable> companions = new java.util.concurrent.CopyOnWriteArrayList<>();

  private StreamsApp(KafkaStreams streams, String applicationId) {
    this.streams = streams;
    this.applicationId = applicationId;
  }

  /** The configuration every streams application of the project shares. */
  @SuppressWarnings("deprecation")
  public static Properties properties(String applicationId, String bootstrap,
      Topic<byte[], byte[]> deadLetters, int replication, String stateDir) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
    // Also for the global store of published issues; deprecated in 4.4 only because 5.0 makes it the default.
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetters.name());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replication);
    // A table read from a topic uses that topic as its changelog instead of writing every record twice.
    p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
    // Announcements are a few KiB of JSON each: batches of 16 KiB (the default) would carry four.
    p.put(StreamsConfig.producerPrefix(org.apache.kafka.clients.producer.ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
    p.put(StreamsConfig.producerPrefix(org.apache.kafka.clients.producer.ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    if (stateDir != null && !stateDir.isBlank()) {
      p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    }
    return p;
  }

  /**
   * The configuration from a service's settings: {@code streams.application-id}, {@code kafka.bootstrap},
   * {@code topics.replication}, {@code streams.state-dir}, {@code streams.threads},
   * {@code streams.commit-interval} and {@code streams.session-timeout}.
   */
  public static Properties properties(bulletin.common.config.Settings settings, Topic<byte[], byte[]> deadLetters) {
    Properties p = properties(settings.string("streams.application-id"), settings.string("kafka.bootstrap"), deadLetters,
        settings.integer("topics.replication"), settings.string("streams.state-dir"));
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.integer("streams.threads"));
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.duration("streams.commit-interval").toMillis());
    // How long the group waits for an instance that went silent (killed, cut off) before giving its
    // partitions to the others or to its restarted self; Kafka's default is 45 s.
    p.put(StreamsConfig.consumerPrefix(org.apache.kafka.clients.consumer.ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
        (int) settings.duration("streams.session-timeout").toMillis());
    return p;
  }

  /** Builds and starts the topology; a stream thread that dies is replaced rather than taking the app down. */
  public static StreamsApp start(StreamsBuilder builder, Properties props) {
    return start(builder, props, new HealthFile(Optional.empty()));
  }

  /** As {@link #start(StreamsBuilder, Properties)}, keeping {@code health} present while running. */
  public static StreamsApp start(StreamsBuilder builder, Properties props, HealthFile health) {
    KafkaStreams streams = new KafkaStreams(builder.build(props), props);
    String id = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("{}: a stream thread failed and is replaced: {}", id, e.getMessage(), e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((now, before) -> {
      LOG.info("{}: {} -> {}", id, before, now);
      if (now == KafkaStreams.State.RUNNING) {
        health.ready();
      } else {
        health.notReady();
      }
    });
    // Records in and out, processing rates and latency, consumer lag, dropped (dead-lettered) records.
    var metrics = new io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics(streams);
    metrics.bindTo(Telemetry.registry());
    Telemetry.readiness(id, () -> streams.state() == KafkaStreams.State.RUNNING);
    streams.start();
    StreamsApp app = new StreamsApp(streams, id);
    app.alsoClose(metrics);
    app.alsoClose(() -> Telemetry.forget(id));
    return app;
  }

  /** Waits until the application is running, or fails after {@code timeout}. */
  public void awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing()
          && streams.state() != KafkaStreams.State.CREATED) {
        throw new IllegalStateException(applicationId + " is " + streams.state() + ", not running, after "
            + timeout.toSeconds() + " s");
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /** Blocks until the JVM is asked to stop, then closes the application. */
  public void runUntilShutdown() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      close();
      stop.countDown();
    }, applicationId + "-stop"));
    stop.await();
  }

  /** Closes {@code companion} (a consumer thread beside the topology) when the application closes. */
  public void alsoClose(AutoCloseable companion) {
    companions.add(companion);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    for (AutoCloseable c : companions) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("{}: closing {} failed: {}", applicationId, c, e.getMessage());
      }
    }
    // Leave the group on close, so that a restarted or remaining instance takes the work over at
    // once instead of after the session timeout.
    streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
        .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
  }
}

package bulletin.launcher;

import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The benchmark's baseline: a Kafka Streams copy between two topics, configured as the classifier
 * is (its settings file and {@link StreamsApp#properties}: exactly-once v2, its stream threads, its
 * producer's 256 KiB lz4 batches, its commit interval), so that the ratio of the classifier to it
 * measures the classifier's work, not its settings. Run in its own JVM until it is stopped.
 * Arguments: bootstrap, from topic, to topic, application id and state directory.
 */
final class Passthrough {
  private Passthrough() {}

  public static void main(String[] args) {
    start(args[0], args[1], args[2], args[3], args[4]); // runs until the benchmark stops this process
  }

  /** Starts copying {@code from} to {@code to}. */
  static StreamsApp start(String bootstrap, String from, String to, String applicationId, String stateDir) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    return StreamsApp.start(builder, properties(bootstrap, applicationId, stateDir));
  }

  /** The classifier's streams configuration, for another application id and state directory. */
  static Properties properties(String bootstrap, String applicationId, String stateDir) {
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", applicationId, "streams.state-dir", stateDir, "topics.replication", "1"));
    return StreamsApp.properties(settings, Topics.CLASSIFIER_DLQ);
  }
}

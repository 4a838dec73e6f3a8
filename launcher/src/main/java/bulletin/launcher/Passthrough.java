package bulletin.launcher;

import bulletin.classifier.ClassifierMain;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import java.util.Map;
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
    String bootstrap = args[0];
    String from = args[1];
    String to = args[2];
    Settings settings = Settings.load(ClassifierMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "streams.application-id", args[3], "streams.state-dir", args[4], "topics.replication", "1"));
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    StreamsApp.start(builder, StreamsApp.properties(settings, Topics.CLASSIFIER_DLQ));
    // Runs until the benchmark stops this process.
  }
}

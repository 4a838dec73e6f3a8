package bulletin.launcher;

import bulletin.common.kafka.DeadLetters;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Commands for whoever runs the pipeline: read the dead-letter topics, and send their records back. */
@Command(name = "ops", mixinStandardHelpOptions = true, description = "Operations on a running pipeline (KAFKA_BOOTSTRAP).",
    subcommands = {Ops.ListDeadLetters.class, Ops.Redrive.class})
final class Ops {
  private Ops() {}

  static String bootstrap() {
    String b = System.getenv("KAFKA_BOOTSTRAP");
    if (b == null || b.isBlank()) {
      throw new IllegalArgumentException("set KAFKA_BOOTSTRAP to the cluster to work on (./bulletin up listens on "
          + "localhost:9092)");
    }
    return b.strip();
  }

  static Topic<byte[], byte[]> deadLetterTopic(String name) {
    return List.of(Topics.CLASSIFIER_DLQ, Topics.ASSEMBLER_DLQ).stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a dead-letter topic: use "
            + Topics.CLASSIFIER_DLQ.name() + " or " + Topics.ASSEMBLER_DLQ.name()));
  }

  @Command(name = "dlq", mixinStandardHelpOptions = true,
      description = "List what a dead-letter topic holds: offset, where it came from, the error, the start of the value.")
  static final class ListDeadLetters implements Callable<Integer> {
    @Option(names = "--topic", defaultValue = "classifier.dlq", paramLabel = "TOPIC",
        description = "classifier.dlq or assembler.dlq (default: ${DEFAULT-VALUE}).")
    String topic;

    @Override
    public Integer call() {
      var letters = DeadLetters.read(bootstrap(), deadLetterTopic(topic), Duration.ofSeconds(60));
      for (var l : letters) {
        Launcher.OUT.printf("%6d  from %s-%s@%s%n        error: %s%n        value: %s%n", l.offset(), l.sourceTopic(),
            l.sourcePartition(), l.sourceOffset(), l.error(), l.preview(120));
      }
      Launcher.OUT.printf("%d dead letters in %s%n", letters.size(), topic);
      return 0;
    }
  }

  @Command(name = "redrive", mixinStandardHelpOptions = true,
      description = "Send a dead-letter topic's records back to their source topics (after the cause is fixed). "
          + "A record that fails again comes back to the dead-letter topic.")
  static final class Redrive implements Callable<Integer> {
    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "classifier.dlq or assembler.dlq.")
    String topic;

    @Option(names = "--from", defaultValue = "0", paramLabel = "OFFSET",
        description = "Only letters at or after this offset of the dead-letter topic (default: all).")
    long from;

    @Override
    public Integer call() {
      int sent = DeadLetters.redrive(bootstrap(), deadLetterTopic(topic), from, Duration.ofSeconds(60));
      Launcher.OUT.printf("sent %d records from %s back to their topics%n", sent, topic);
      return 0;
    }
  }
}

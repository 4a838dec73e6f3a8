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
    subcommands = {Ops.ListDeadLetters.class, Ops.Redrive.class, Ops.ReplayCommand.class})
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

  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = {"Make a stopped service read its input again from a point in time: the classifier "
          + "announcements.raw, the assembler announcements.classified (not bulletin.edits: editors' work is never "
          + "replayed). Items read again replace themselves, so nothing is doubled. Stop the service first; start it "
          + "again after.", "To classify old items again with a new model instead, use "
          + "'./bulletin classifier reclassify --since DAY', which needs no stop."})
  static final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--service", required = true, paramLabel = "SERVICE", description = "classifier or assembler.")
    String service;

    @Option(names = "--since", required = true, paramLabel = "WHEN",
        description = "A day (2021-03-01, from its start in Beijing time) or an instant (2021-03-01T08:00:00Z).")
    String since;

    @Option(names = "--group", paramLabel = "APPLICATION-ID",
        description = "The service's streams.application-id, when not the default (bulletin-classifier, bulletin-assembler).")
    String group;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      String topic;
      String defaultGroup;
      switch (service) {
        case "classifier" -> {
          topic = Topics.ANNOUNCEMENTS_RAW.name();
          defaultGroup = bulletin.common.config.Settings.load(bulletin.classifier.ClassifierMain.DEFAULTS, java.util.Map.of())
              .string("streams.application-id");
        }
        case "assembler" -> {
          topic = Topics.ANNOUNCEMENTS_CLASSIFIED.name();
          defaultGroup = bulletin.common.config.Settings.load(bulletin.assembler.AssemblerMain.DEFAULTS, java.util.Map.of())
              .string("streams.application-id");
        }
        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--service '" + service + "' is not classifier or assembler");
      }
      java.time.Instant from;
      try {
        from = instant(since);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      String id = group == null ? defaultGroup : group;
      var moved = bulletin.common.kafka.Replay.rewind(bootstrap(), id, topic, from, Duration.ofSeconds(60));
      for (var m : moved) {
        Launcher.OUT.printf("%s-%d: %s -> %d%n", topic, m.partition().partition(), m.from() == null ? "none" : m.from(), m.to());
      }
      Launcher.OUT.printf("%s (group %s) will read %s from %s on when it starts again%n", service, id, topic, from);
      return 0;
    }

    static java.time.Instant instant(String when) {
      try {
        return when.contains("T") ? java.time.Instant.parse(when)
            : java.time.LocalDate.parse(when).atStartOfDay(bulletin.common.record.PublishedAt.ZONE).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("--since '" + when + "' is neither a day (2021-03-01) nor an instant "
            + "(2021-03-01T08:00:00Z)");
      }
    }
  }
}

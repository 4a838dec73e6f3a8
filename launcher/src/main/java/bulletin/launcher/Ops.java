package bulletin.launcher;

import bulletin.common.kafka.Brokers;
import bulletin.common.kafka.DeadLetters;
import bulletin.common.kafka.Keeping;
import bulletin.common.kafka.Topic;
import bulletin.common.kafka.TopicFacts;
import bulletin.common.kafka.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Commands for whoever runs the pipeline: what the topics hold and keep, the dead-letter topics and
 * sending their records back, replaying a service's input.
 */
@Command(name = "ops", mixinStandardHelpOptions = true,
    description = "Operations on a running pipeline (KAFKA_BOOTSTRAP, default localhost:9092, where ./bulletin up listens).",
    subcommands = {Ops.TopicsCommand.class, Ops.ListDeadLetters.class, Ops.Redrive.class, Ops.ReplayCommand.class})
final class Ops {
  private Ops() {}

  /** Where the cluster is: --bootstrap, else KAFKA_BOOTSTRAP, else ./bulletin up's broker. */
  static final class Cluster {
    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
        description = "The Kafka cluster (default: KAFKA_BOOTSTRAP, else localhost:9092).")
    String bootstrap;

    /** The address, once a broker there has answered. */
    String bootstrap() {
      String b = bootstrap != null ? bootstrap : System.getenv("KAFKA_BOOTSTRAP");
      return Brokers.require(b == null || b.isBlank() ? "localhost:9092" : b.strip());
    }
  }

  /** Every topic the pipeline has. */
  static List<Topic<?, ?>> catalogue() {
    List<Topic<?, ?>> all = new java.util.ArrayList<>(Topics.ALL);
    all.add(bulletin.collector.source.ListedSource.TOPIC);
    return all;
  }

  @Command(name = "topics", mixinStandardHelpOptions = true,
      description = {"Each topic's partitions, cleanup policy, retention, size on disk and oldest record, and "
          + "whether its settings are the ones chosen for it (docs/operations.md says why each keeps what it keeps).",
          "Exits 1 when a topic is missing or its settings differ."})
  static final class TopicsCommand implements Callable<Integer> {
    @Mixin Cluster cluster;

    @Override
    public Integer call() {
      var facts = TopicFacts.read(cluster.bootstrap(), catalogue(), Duration.ofSeconds(30));
      Launcher.out().printf("%-26s %4s  %-8s %-10s %10s %9s  %-17s %s%n", "topic", "part", "policy", "retention", "size",
          "offsets", "oldest record", "chosen");
      java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
          .withZone(bulletin.common.record.PublishedAt.ZONE);
      int wrong = 0;
      for (TopicFacts f : facts) {
        if (!f.exists()) {
          Launcher.out().printf("%-26s missing: it is created when the service that writes it starts%n", f.name());
          wrong++;
          continue;
        }
        String retention = "compact".equals(f.cleanupPolicy()) ? "-" : Keeping.describeMs(f.retentionMs());
        String chosen = f.difference().isEmpty() ? "yes" : "NO: " + f.difference();
        wrong += f.difference().isEmpty() ? 0 : 1;
        Launcher.out().printf("%-26s %4d  %-8s %-10s %10s %9d  %-17s %s%n", f.name(), f.partitions(), f.cleanupPolicy(),
            retention, size(f.bytes()), f.offsets(), f.oldest().map(when::format).orElse("-"), chosen);
      }
      Launcher.out().printf("%d topics, %s%n", facts.size(), wrong == 0 ? "each keeps what was chosen for it"
          : wrong + " not as chosen (see docs/operations.md)");
      return wrong == 0 ? 0 : 1;
    }

    static String size(long bytes) {
      if (bytes < 1024) {
        return bytes + " B";
      }
      double v = bytes;
      String[] units = {"KiB", "MiB", "GiB", "TiB"};
      int u = -1;
      while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
      }
      return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
  }

  static Topic<byte[], byte[]> deadLetterTopic(String name) {
    return List.of(Topics.CLASSIFIER_DLQ, Topics.ASSEMBLER_DLQ).stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a dead-letter topic: use "
            + Topics.CLASSIFIER_DLQ.name() + " or " + Topics.ASSEMBLER_DLQ.name()));
  }

  @Command(name = "dlq", mixinStandardHelpOptions = true,
      description = "List what a dead-letter topic holds: offset, where it came from, the error, the start of the value.")
  static final class ListDeadLetters implements Callable<Integer> {
    @Mixin Cluster cluster;

    @Option(names = "--topic", defaultValue = "classifier.dlq", paramLabel = "TOPIC",
        description = "classifier.dlq or assembler.dlq (default: ${DEFAULT-VALUE}).")
    String topic;

    @Override
    public Integer call() {
      var letters = DeadLetters.read(cluster.bootstrap(), deadLetterTopic(topic), Duration.ofSeconds(60));
      for (var l : letters) {
        Launcher.out().printf("%6d  from %s-%s@%s%n        error: %s%n        value: %s%n", l.offset(), l.sourceTopic(),
            l.sourcePartition(), l.sourceOffset(), l.error(), l.preview(120));
      }
      Launcher.out().printf("%d dead letters in %s%n", letters.size(), topic);
      return 0;
    }
  }

  @Command(name = "redrive", mixinStandardHelpOptions = true,
      description = "Send a dead-letter topic's records back to their source topics (after the cause is fixed). "
          + "A record that fails again comes back to the dead-letter topic.")
  static final class Redrive implements Callable<Integer> {
    @Mixin Cluster cluster;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "classifier.dlq or assembler.dlq.")
    String topic;

    @Option(names = "--from", defaultValue = "0", paramLabel = "OFFSET",
        description = "Only letters at or after this offset of the dead-letter topic (default: all).")
    long from;

    @Override
    public Integer call() {
      int sent = DeadLetters.redrive(cluster.bootstrap(), deadLetterTopic(topic), from, Duration.ofSeconds(60));
      Launcher.out().printf("sent %d records from %s back to their topics%n", sent, topic);
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
    @Mixin Cluster cluster;

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
      var moved = bulletin.common.kafka.Replay.rewind(cluster.bootstrap(), id, topic, from, Duration.ofSeconds(60));
      for (var m : moved) {
        Launcher.out().printf("%s-%d: %s -> %d%n", topic, m.partition().partition(), m.from() == null ? "none" : m.from(), m.to());
      }
      Launcher.out().printf("%s (group %s) will read %s from %s on when it starts again%n", service, id, topic, from);
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

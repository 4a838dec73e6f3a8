package bulletin.classifier;

import bulletin.classifier.model.Fitting;
import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.SectionRules;
import bulletin.classifier.train.Breakdown;
import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Labelled;
import bulletin.classifier.train.Evaluation;
import bulletin.classifier.train.Trainer;
import bulletin.classifier.model.Verdict;
import bulletin.classifier.stream.ClassifierTopology;
import bulletin.classifier.stream.EditorExamples;
import bulletin.common.cli.Cli;
import bulletin.common.config.HealthFile;
import bulletin.common.config.Settings;
import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import bulletin.common.kafka.Brokers;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.SourceLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The classifier's command line: {@code run} (the stream), {@code reclassify}, and offline
 * {@code classify}, {@code train} and {@code eval}.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true,
    description = "Puts each announcement in a bulletin section.",
    subcommands = {ClassifierMain.Run.class, ClassifierMain.Classify.class, ClassifierMain.Train.class,
        ClassifierMain.Eval.class, ClassifierMain.Reclassify.class, ClassifierMain.Corrections.class})
public final class ClassifierMain implements Runnable {
  public static final String DEFAULTS = "classifier-defaults.properties";

  public static void main(String[] args) {
    System.exit(Cli.run(new ClassifierMain(), args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Starts the classifier's stream with {@code settings}; the caller closes it. */
  public static StreamsApp start(Settings settings) {
    String bootstrap = Brokers.require(settings.string("kafka.bootstrap"));
    int replication = settings.integer("topics.replication");
    TopicAdmin.ensure(bootstrap, List.of(Topics.ANNOUNCEMENTS_RAW, Topics.ANNOUNCEMENTS_CLASSIFIED,
        Topics.CLASSIFIER_EXAMPLES, Topics.CLASSIFIER_DLQ), settings.integer("topics.partitions"),
        (short) replication);
    SectionModel model = model(settings).warmedUp();
    StreamsBuilder builder = new StreamsBuilder();
    ClassifierTopology.build(builder, model);
    StreamsApp app = StreamsApp.start(builder, StreamsApp.properties(settings, Topics.CLASSIFIER_DLQ),
        new HealthFile(settings.optional("health.file")));
    EditorExamples examples = new EditorExamples(bootstrap, model).start();
    app.alsoClose(examples);
    bulletin.common.ops.Telemetry.readiness("editors' corrections reader", examples::reading);
    app.alsoClose(() -> bulletin.common.ops.Telemetry.forget("editors' corrections reader"));
    return app;
  }

  /** The section model the settings name: the bundled one unless model.file is set. */
  static SectionModel model(Settings settings) {
    return SectionModel.load(BulletinProfile.fromSetting(settings.optional("profile.file")),
        settings.optional("model.file").map(Path::of));
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Classify announcements.raw into announcements.classified until stopped.")
  static final class Run implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      try (var telemetry = bulletin.common.ops.Telemetry.serve(settings); StreamsApp app = start(settings)) {
        app.runUntilShutdown();
      }
      return 0;
    }
  }

  @Command(name = "train", mixinStandardHelpOptions = true,
      description = "Train the section model from labelled JSON lines (title, text, url, sourceName, sourceLevel, "
          + "section): the cues, the n-gram model and their combination, the penalty and the small sections' "
          + "weight chosen by 5-fold cross-validation and the confidence calibrated on held-out predictions; "
          + "deterministic.")
  static final class Train implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", split = ",",
        defaultValue = Corpus.TRAINING,
        description = "Labelled items, one or more files, comma-separated (default: the real corpus, "
            + "${DEFAULT-VALUE}).")
    List<Path> corpus;

    @Option(names = "--out", defaultValue = "classifier/src/main/resources/" + SectionModel.RESOURCE, paramLabel = "FILE",
        description = "Where to write the model, gzipped if the name ends in .gz (default: ${DEFAULT-VALUE}, "
            + "the bundled one).")
    Path out;

    @Option(names = "--profile", paramLabel = "FILE", description = "A bulletin profile instead of the bundled one.")
    String profile;

    @Override
    public Integer call() throws Exception {
      BulletinProfile p = BulletinProfile.fromSetting(Optional.ofNullable(profile));
      corpus.forEach(Cli::readable);
      List<Labelled> items = Corpus.read(corpus);
      String version = Trainer.version(corpus, Optional.ofNullable(profile).map(Path::of));
      PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      console.printf("training on %d items from %s (reading each item's meaning, then cross-validating %d settings: "
          + "a quarter of an hour or so on two cores)…%n", items.size(), corpus, Fitting.SETTINGS);
      Trainer.Trained t = Trainer.train(p, items, version);
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      t.model().write(out);
      console.printf("trained %s: penalty %s, rarity weight ^%s, temperature %.2f; cross-validated macro-F1 %.3f, "
          + "ECE %.3f; wrote %s%n", version, t.penalty(), t.rarityExponent(), t.model().temperature(),
          t.crossValidatedMacroF1(), t.crossValidated().ece(), out);
      return 0;
    }
  }

  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Evaluate the model on labelled JSON lines: macro-F1 and each section's F1, the confusion "
          + "matrix, the reliability of its confidence (ECE), and the rule-only and n-gram-only baselines.")
  static final class Eval implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Labelled items, e.g. classifier/corpus/heldout.jsonl.")
    Path file;

    @Option(names = "--by", paramLabel = "host|level|locus|genre",
        description = "Also break the results down by the page's host, the source's level, or whose news "
            + "(locus) or what kind (genre) the model reads an item to be.")
    String by;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() {
      if (by != null && !Breakdown.GROUPINGS.containsKey(by)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--by takes host, level, locus or genre, not '" + by + "'");
      }
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      BulletinProfile p = BulletinProfile.fromSetting(settings.optional("profile.file"));
      SectionModel m = model(settings);
      List<Labelled> items = Corpus.read(Cli.readable(file));
      SectionRules rules = new SectionRules(p);
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.printf("model %s on %d items of %s%n%n", m.version(), items.size(), file);
      Map<String, Evaluation> runs = new LinkedHashMap<>();
      runs.put("rules only", Trainer.evaluate(p, items, rules::classify));
      runs.put("n-grams only", Trainer.evaluate(p, items,
          i -> new Verdict(m.ngramsOnly(i), 1, Map.of(), List.of(), m.version())));
      runs.put("model", Trainer.evaluate(p, items, m::classify));
      out.printf("%-14s %8s %8s  %s%n", "classifier", "macro-F1", "accuracy", "lowest F1");
      runs.forEach((name, e) -> {
        var low = e.f1s().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
        out.printf("%-14s %8.3f %8.3f  %s %.3f%n", name, e.macroF1(), e.accuracy(), low.getKey(), low.getValue());
      });
      out.println();
      out.print(runs.get("model").report());
      out.println();
      out.print(runs.get("model").reliability());
      if (by != null) {
        out.println();
        out.print(Breakdown.of(items, m::classify, Breakdown.GROUPINGS.get(by)));
      }
      return 0;
    }
  }

  @Command(name = "corrections", mixinStandardHelpOptions = true,
      description = "The editors' corrections the classifiers learn from (classifier.examples): list them, or undo one.",
      subcommands = {Corrections.ListCorrections.class, Corrections.Undo.class})
  static final class Corrections implements Runnable {
    @Override
    public void run() {
      new CommandLine(this).usage(System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every correction in force: item id, section, editor, time and title.")
    static final class ListCorrections implements Callable<Integer> {
      @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
      List<String> set = new ArrayList<>();

      @Override
      public Integer call() {
        Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var all = EditorExamples.inForce(Brokers.require(settings.string("kafka.bootstrap")));
        all.forEach(c -> out.printf("%s  %s  %s  %s  %s%n", c.itemId(),
            c.section() == null ? "无关" : c.section(), c.by() == null ? "-" : c.by(),
            c.at() == null ? "-" : c.at(), c.title()));
        out.printf("%d corrections in force%n", all.size());
        return 0;
      }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undo the correction of item ID: running classifiers forget it at once.")
    static final class Undo implements Callable<Integer> {
      @Parameters(index = "0", paramLabel = "ID", description = "The item id, as `corrections list` shows it.")
      String id;

      @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
      List<String> set = new ArrayList<>();

      @Override
      public Integer call() {
        Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
        String bootstrap = Brokers.require(settings.string("kafka.bootstrap"));
        if (EditorExamples.inForce(bootstrap).stream().noneMatch(c -> c.itemId().equals(id))) {
          throw new IllegalArgumentException("no correction of item " + id + " is in force: see `classifier corrections list`");
        }
        EditorExamples.undo(bootstrap, id);
        System.out.println("undone the correction of item " + id);
        return 0;
      }
    }
  }

  @Command(name = "reclassify", mixinStandardHelpOptions = true,
      description = "Classify announcements.raw again with the current model and the editors' corrections "
          + "(after a retrain or a new profile), writing the new verdicts to announcements.classified.")
  static final class Reclassify implements Callable<Integer> {
    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
        description = "Only items collected since this day (default: all of the topic).")
    java.time.LocalDate since;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      java.time.Instant from = since == null ? java.time.Instant.EPOCH
          : since.atStartOfDay(bulletin.common.record.PublishedAt.ZONE).toInstant();
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println("reclassifying announcements.raw" + (since == null ? "" : " since " + since) + "…");
      Reclassifier.Report r = Reclassifier.run(Brokers.require(settings.string("kafka.bootstrap")), model(settings), from, out);
      out.printf("%d items reclassified, %d changed section, %d unreadable (see classifier.dlq)%n", r.read() - r.unreadable(),
          r.changed(), r.unreadable());
      return 0;
    }
  }

  @Command(name = "classify", mixinStandardHelpOptions = true,
      description = "Read JSON lines on standard input (title, text, optionally sourceName, sourceLevel, "
          + "sectionHint, url) and write each back with section, confidence and reasons. A bad line is "
          + "reported on standard error and the rest go on.")
  static final class Classify implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      SectionModel model = model(Settings.load(DEFAULTS, Cli.settings(set)));
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      int bad = 0;
      int lineNo = 0;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          try {
            ObjectNode node = (ObjectNode) Json.mapper().readTree(line);
            if (!node.hasNonNull("title") && !node.hasNonNull("text")) {
              throw new IllegalArgumentException("neither title nor text is present");
            }
            Verdict v = model.classify(new Item(node.path("title").asText(""), node.path("text").asText(""),
                node.path("sourceName").asText(null),
                node.hasNonNull("sourceLevel") ? SourceLevel.parse(node.get("sourceLevel").asText()) : null,
                node.path("sectionHint").asText(null), node.path("url").asText(null)));
            node.put("section", v.section());
            node.put("confidence", v.confidence());
            node.set("reasons", Json.mapper().valueToTree(v.reasons()));
            out.println(Json.write(node));
          } catch (JsonReadException | IllegalArgumentException | ClassCastException
              | com.fasterxml.jackson.core.JsonProcessingException e) {
            bad++;
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : e instanceof ClassCastException ? "not a JSON object" : e.getMessage();
            System.err.println("line " + lineNo + ": skipped: " + why);
          }
        }
      }
      return bad == 0 ? 0 : 1;
    }
  }
}

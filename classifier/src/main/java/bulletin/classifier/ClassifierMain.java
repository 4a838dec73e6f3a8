package bulletin.classifier;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionRules;
import bulletin.classifier.model.Verdict;
import bulletin.classifier.stream.ClassifierTopology;
import bulletin.common.cli.Cli;
import bulletin.common.config.HealthFile;
import bulletin.common.config.Settings;
import bulletin.common.json.Json;
import bulletin.common.json.JsonReadException;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.SourceLevel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The classifier's command line: {@code run} (the stream) and {@code classify} (JSON lines, offline). */
@Command(name = "classifier", mixinStandardHelpOptions = true,
    description = "Puts each announcement in a bulletin section.",
    subcommands = {ClassifierMain.Run.class, ClassifierMain.Classify.class})
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
    String bootstrap = settings.string("kafka.bootstrap");
    int replication = settings.integer("topics.replication");
    TopicAdmin.ensure(bootstrap, List.of(Topics.ANNOUNCEMENTS_RAW, Topics.ANNOUNCEMENTS_CLASSIFIED,
        Topics.CLASSIFIER_DLQ), settings.integer("topics.partitions"), (short) replication);
    SectionRules rules = new SectionRules(BulletinProfile.fromSetting(settings.optional("profile.file")));
    StreamsBuilder builder = new StreamsBuilder();
    ClassifierTopology.build(builder, rules);
    return StreamsApp.start(builder, StreamsApp.properties(
        settings.string("streams.application-id"), bootstrap, Topics.CLASSIFIER_DLQ, replication,
        settings.string("streams.state-dir")), new HealthFile(settings.optional("health.file")));
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Classify announcements.raw into announcements.classified until stopped.")
  static final class Run implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      try (StreamsApp app = start(Settings.load(DEFAULTS, Cli.settings(set)))) {
        app.runUntilShutdown();
      }
      return 0;
    }
  }

  @Command(name = "classify", mixinStandardHelpOptions = true,
      description = "Read JSON lines on standard input (title, text, optionally sourceName, sourceLevel, "
          + "sectionHint, url) and write each back with section, confidence and reasons. A bad line is "
          + "reported on standard error and the rest go on.")
  static final class Classify implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "FILE", description = "A bulletin profile instead of the bundled one.")
    String profile;

    @Override
    public Integer call() throws Exception {
      SectionRules rules = new SectionRules(BulletinProfile.fromSetting(java.util.Optional.ofNullable(profile)));
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
            Verdict v = rules.classify(new Item(node.path("title").asText(""), node.path("text").asText(""),
                node.path("sourceName").asText(null),
                node.hasNonNull("sourceLevel") ? SourceLevel.parse(node.get("sourceLevel").asText()) : null,
                node.path("sectionHint").asText(null)));
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

package bulletin.assembler;

import bulletin.assembler.draft.BulletinStyle;
import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.render.DocxRenderer;
import bulletin.render.HtmlRenderer;
import bulletin.render.TextRenderer;
import bulletin.assembler.stream.AssemblerTopology;
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
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The assembler's command line: {@code run} (the stream), {@code draft} and {@code render} (offline). */
@Command(name = "assembler", mixinStandardHelpOptions = true,
    description = "Drafts the next issue from classified announcements and editors' edits.",
    subcommands = {AssemblerMain.Run.class, AssemblerMain.DraftCommand.class, AssemblerMain.Render.class})
public final class AssemblerMain implements Runnable {
  public static final String DEFAULTS = "assembler-defaults.properties";

  public static void main(String[] args) {
    System.exit(Cli.run(new AssemblerMain(), args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Starts the assembler's stream with {@code settings}; the caller closes it. */
  public static StreamsApp start(Settings settings) {
    String bootstrap = Brokers.require(settings.string("kafka.bootstrap"));
    int replication = settings.integer("topics.replication");
    TopicAdmin.ensure(bootstrap, List.of(Topics.ANNOUNCEMENTS_CLASSIFIED, Topics.BULLETIN_EDITS,
        Topics.BULLETIN_EDIT_RESULTS, Topics.ASSEMBLER_CARRYOVER, Topics.BULLETIN_DRAFTS, Topics.BULLETIN_PUBLISHED, Topics.CLASSIFIER_EXAMPLES, Topics.ASSEMBLER_DLQ),
        settings.integer("topics.partitions"), (short) replication);
    BulletinProfile profile = BulletinProfile.fromSetting(settings.optional("profile.file"));
    StreamsBuilder builder = new StreamsBuilder();
    AssemblerTopology.build(builder, new IssueCalendar(profile.issues()),
        new DraftBuilder(profile, new BulletinStyle(settings.integer("summary.max-chars"))),
        settings.duration("draft.coalesce"));
    return StreamsApp.start(builder, StreamsApp.properties(settings, Topics.ASSEMBLER_DLQ),
        new HealthFile(settings.optional("health.file")));
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Fold announcements.classified and bulletin.edits into bulletin.drafts until stopped, "
          + "writing each issue's latest draft under output.dir.")
  static final class Run implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      try (var telemetry = bulletin.common.ops.Telemetry.serve(settings); StreamsApp app = start(settings)) {
        var out = settings.optional("output.dir");
        if (out.isPresent()) {
          DraftFiles files = new DraftFiles(settings.string("kafka.bootstrap"),
              settings.string("streams.application-id") + "-files", Path.of(out.get()),
              BulletinProfile.fromSetting(settings.optional("profile.file")));
          Thread t = new Thread(files, "draft-files");
          t.setDaemon(true);
          t.start();
        }
        app.runUntilShutdown();
      }
      return 0;
    }
  }

  @Command(name = "draft", mixinStandardHelpOptions = true,
      description = "Draft an issue offline from a file of ClassifiedAnnouncement JSON lines; no broker needed.")
  static final class DraftCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "ClassifiedAnnouncement JSON lines.")
    Path input;

    @Option(names = "--number", required = true, paramLabel = "N", description = "The issue number (第 N 期).")
    int number;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The issue date.")
    LocalDate date;

    @picocli.CommandLine.Mixin Output output = new Output();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      BulletinProfile profile = BulletinProfile.fromSetting(settings.optional("profile.file"));
      // The window runs back one cadence from the date, as for a scheduled issue.
      IssuePlan plan = new IssuePlan(number, date, date.minus(profile.issues().cadence()).plusDays(1), false);
      IssueState state = IssueState.empty();
      int bad = 0;
      int lineNo = 0;
      try (BufferedReader in = Files.newBufferedReader(Cli.readable(input), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          try {
            state = state.withItem(Json.read(line, ClassifiedAnnouncement.class));
          } catch (JsonReadException e) {
            bad++;
            System.err.println(input + ":" + lineNo + ": skipped: " + e.getMessage());
          }
        }
      }
      Draft draft = new DraftBuilder(profile, new BulletinStyle(settings.integer("summary.max-chars")))
          .build(plan, state);
      output.emit(draft, profile);
      System.err.printf("drafted issue %s: %d items in %d sections, %d set aside, %d lines skipped%n",
          draft.issueId(), draft.itemCount(), draft.sections().stream().filter(s -> !s.items().isEmpty()).count(),
          draft.setAside().size(), bad);
      return bad == 0 ? 0 : 1;
    }
  }

  @Command(name = "render", mixinStandardHelpOptions = true,
      description = "Render a stored Draft (JSON, as on bulletin.drafts) as text or JSON.")
  static final class Render implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DRAFT.json", description = "One Draft as JSON.")
    Path input;

    @picocli.CommandLine.Mixin Output output = new Output();

    @Option(names = "--profile", paramLabel = "FILE", description = "A bulletin profile instead of the bundled one.")
    String profile;

    @Override
    public Integer call() throws IOException {
      Draft draft;
      try {
        draft = Json.read(Files.readString(Cli.readable(input), StandardCharsets.UTF_8), Draft.class);
      } catch (JsonReadException e) {
        throw new IllegalArgumentException(input + ": " + e.getMessage(), e);
      }
      BulletinProfile p = BulletinProfile.fromSetting(java.util.Optional.ofNullable(profile));
      output.emit(draft, p);
      return 0;
    }
  }

  /** Output formats of the offline commands. */
  enum Format { TEXT, HTML, DOCX, JSON }

  /** Where and how the offline commands write a draft. */
  static final class Output {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "text, html, docx or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write here instead of standard output.")
    Path out;

    void emit(Draft draft, BulletinProfile profile) throws IOException {
      AssemblerMain.emit(draft, profile, format, out);
    }
  }

  /** The draft in {@code format}, to standard output or {@code out}. */
  static void emit(Draft draft, BulletinProfile profile, Format format, Path out) throws IOException {
    byte[] content = switch (format) {
      case TEXT -> (TextRenderer.render(draft, profile) + "\n").getBytes(StandardCharsets.UTF_8);
      case HTML -> HtmlRenderer.render(draft, profile).getBytes(StandardCharsets.UTF_8);
      case DOCX -> DocxRenderer.render(draft, profile);
      case JSON -> (Json.write(draft) + "\n").getBytes(StandardCharsets.UTF_8);
    };
    if (out == null) {
      if (format == Format.DOCX && System.console() != null) {
        throw new IllegalArgumentException("a DOCX is binary: give --out FILE.docx");
      }
      System.out.write(content);
      System.out.flush();
    } else {
      Files.write(out, content);
      System.err.println("wrote " + out);
    }
  }
}

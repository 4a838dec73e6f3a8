package bulletin.review;

import bulletin.collector.fetch.Fetcher;
import bulletin.collector.fetch.Fetcher.FetchSettings;
import bulletin.collector.source.SourceListing;
import bulletin.common.cli.Cli;
import bulletin.common.cli.StopSignal;
import bulletin.common.config.HealthFile;
import bulletin.common.config.Settings;
import bulletin.common.kafka.Brokers;
import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.Topics;
import bulletin.common.ops.Telemetry;
import bulletin.common.profile.BulletinProfile;
import bulletin.review.feeds.SourceAdding;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The review app's command line: {@code run} (the web app) and its users ({@code add-user}, …). */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = "The editors' and reviewers' web app: reads the drafts from Kafka, writes the editors' edits.",
    subcommands = {ReviewMain.Run.class, ReviewMain.AddUser.class, ReviewMain.DisableUser.class,
        ReviewMain.RemoveUser.class})
public final class ReviewMain implements Runnable {
  public static final String DEFAULTS = "review-defaults.properties";

  public static void main(String[] args) {
    System.exit(Cli.run(new ReviewMain(), args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /**
   * Starts the review app as the settings say. With no users yet, it creates an editor and a
   * reviewer with random passwords and prints them once on {@code out}.
   */
  public static ReviewServer start(Settings settings, PrintStream out) {
    String bootstrap = Brokers.require(settings.string("kafka.bootstrap"));
    TopicAdmin.ensure(bootstrap, List.of(Topics.BULLETIN_DRAFTS, Topics.ANNOUNCEMENTS_CLASSIFIED, Topics.BULLETIN_EDITS,
        Topics.BULLETIN_EDIT_RESULTS), settings.integer("topics.partitions"), (short) settings.integer("topics.replication"));
    Users users = Users.load(settings.path("review.users-file"));
    if (users.all().isEmpty()) {
      for (Role role : List.of(Role.EDITOR, Role.REVIEWER)) {
        String password = UUID.randomUUID().toString().substring(0, 12);
        users.put(role.wireName(), role, password.toCharArray());
        out.printf("created review user %s (%s) with password %s; change it with `review add-user`%n",
            role.wireName(), role.label(), password);
      }
    }
    BulletinProfile profile = BulletinProfile.fromSetting(settings.optional("profile.file"));
    SourceAdding feeds = new SourceAdding(SourceListing.open(bootstrap, settings.integer("feeds.sources-partitions"),
        (short) settings.integer("topics.replication")), new Fetcher(fetchSettings(settings)), profile);
    ReviewStore store = new ReviewStore(bootstrap).start();
    Telemetry.readiness("review app's reader of drafts and edits", store::reading);
    ReviewServer server = ReviewServer.start(bootstrap, users, store, profile,
        new ReviewServer.Options(settings.integer("review.port"), settings.string("review.bind"),
            settings.flag("review.secure-cookies"), settings.duration("review.session-idle"),
            settings.duration("review.session-lifetime"), settings.optional("review.sessions-file").map(Path::of).orElse(null)), feeds::register);
    out.println("review app: " + server.url() + " (editors and reviewers log in there)");
    return server;
  }

  /** How the feeds page fetches: politely, as the collector does, refusing internal addresses unless allowed. */
  static FetchSettings fetchSettings(Settings settings) {
    Duration timeout = settings.duration("feeds.fetch-timeout");
    return new FetchSettings(timeout, Duration.ofSeconds(1), settings.string("feeds.user-agent"),
        settings.integer("feeds.max-page-bytes"), 5, 0, Duration.ofSeconds(1), Duration.ZERO,
        settings.flag("feeds.allow-loopback"), Optional.empty());
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Serve the review app until stopped. It needs only Kafka: the assembler may be restarted, "
          + "or run elsewhere, meanwhile.")
  static final class Run implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      HealthFile health = new HealthFile(settings.optional("health.file"));
      try (StopSignal stop = StopSignal.install("review");
          Telemetry telemetry = Telemetry.serve(settings);
          ReviewServer server = start(settings, System.out)) {
        Telemetry.readiness("review", () -> true);
        health.ready();
        while (!stop.await(Duration.ofHours(1))) {
          // serving until stopped
        }
      } finally {
        health.notReady();
      }
      return 0;
    }
  }

  @Command(name = "add-user", mixinStandardHelpOptions = true,
      description = "Add a user of the review app (an editor, a reviewer, or a feed adder: role feeds), or set a "
          + "user's password and role. The password is read from "
          + "standard input (or asked for, without echo, on a terminal) and stored hashed.")
  static final class AddUser implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user's log-in name.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "editor (编辑), reviewer (审核) or feeds (信息员: adds sources on the feeds page).")
    String role;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      Role parsed = Role.parse(role);
      char[] password;
      if (System.console() != null) {
        password = System.console().readPassword("password for %s: ", name);
      } else {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        password = line == null ? new char[0] : line.strip().toCharArray();
      }
      Users.load(settings.path("review.users-file")).put(name, parsed, password);
      System.out.printf("%s is now a %s (%s) of the review app; users are in %s%n", name, parsed.wireName(),
          parsed.label(), settings.path("review.users-file"));
      return 0;
    }
  }

  /** A change to one user of the review app that the running app picks up: disable or remove. */
  abstract static class UserChange implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user's log-in name.")
    String name;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting (repeatable).")
    List<String> set = new ArrayList<>();

    /** Changes the user in {@code users}; returns what happened, for the sentence printed. */
    abstract String change(Users users);

    @Override
    public Integer call() {
      Settings settings = Settings.load(DEFAULTS, Cli.settings(set));
      String done = change(Users.load(settings.path("review.users-file")));
      System.out.printf("%s is %s; their sessions end at their next request%n", name, done);
      return 0;
    }
  }

  @Command(name = "disable-user", mixinStandardHelpOptions = true,
      description = "Stop a user of the review app from logging in, and end their sessions, without a restart; "
          + "add-user with a new password enables them again.")
  static final class DisableUser extends UserChange {
    @Override
    String change(Users users) {
      users.disable(name);
      return "disabled";
    }
  }

  @Command(name = "remove-user", mixinStandardHelpOptions = true,
      description = "Remove a user of the review app, ending their sessions, without a restart.")
  static final class RemoveUser extends UserChange {
    @Override
    String change(Users users) {
      users.remove(name);
      return "removed";
    }
  }
}

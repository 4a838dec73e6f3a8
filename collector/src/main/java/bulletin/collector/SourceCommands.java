package bulletin.collector;

import bulletin.collector.assign.SourceAssignments;
import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceListing;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands on the sources listed on {@code collector.sources}: publish, list, pause, resume. */
final class SourceCommands {
  private SourceCommands() {}

  /** The listing on the configured cluster. */
  static SourceListing listing(CollectorSettings settings) {
    return SourceListing.open(bulletin.common.kafka.Brokers.require(settings.bootstrap()), settings.sourcesPartitions(), settings.replication());
  }

  /** How a listed source stands: polled, paused (why, by whom, since when) or disabled. */
  static String state(ListedSource s) {
    if (s.paused()) {
      return "paused since " + s.pause().at() + " by " + s.pause().by() + ": " + s.pause().reason();
    }
    return s.definition().enabled() ? "polled" : "disabled in its file";
  }

  @Command(name = "sources", mixinStandardHelpOptions = true,
      description = "The sources listed on collector.sources, which the running collectors share.",
      subcommands = {Publish.class, ListSources.class})
  static final class Sources implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(System.out);
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = "List the sources folder on collector.sources, as `collector run` does at start: new and "
          + "changed definitions are written (a pause is kept), sources whose file is gone are removed; sources "
          + "added in the review app are left alone.")
  static final class Publish implements Callable<Integer> {
    @Mixin CollectorMain.SettingsOptions options = new CollectorMain.SettingsOptions();

    @Override
    public Integer call() {
      CollectorSettings settings = options.load();
      var folder = SourceCatalog.readAll(settings.sourcesDir());
      SourceListing.Publication p = listing(settings).publish(folder, System.getProperty("user.name", "ops"));
      System.out.printf("%s on %s: %s%n", settings.sourcesDir(), ListedSource.TOPIC.name(), p);
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print every listed source with the instance that polls it and whether it is paused.")
  static final class ListSources implements Callable<Integer> {
    @Mixin CollectorMain.SettingsOptions options = new CollectorMain.SettingsOptions();

    @Override
    public Integer call() {
      CollectorSettings settings = options.load();
      var listed = listing(settings).read();
      Map<Integer, String> owners = SourceAssignments.owners(settings.bootstrap(), settings.group());
      System.out.printf("%-28s %-28s %-7s %s%n", "source", "owner", "origin", "state");
      listed.forEach((id, e) -> System.out.printf("%-28s %-28s %-7s %s%n", id,
          owners.getOrDefault(e.partition(), "(no instance)"), e.source().origin(), state(e.source())));
      long paused = listed.values().stream().filter(e -> e.source().paused()).count();
      System.out.printf("%d sources on %s, %d paused; %d instances of group %s running%n", listed.size(),
          ListedSource.TOPIC.name(), paused, owners.values().stream().distinct().count(), settings.group());
      return 0;
    }
  }

  @Command(name = "pause", mixinStandardHelpOptions = true,
      description = "Stop polling a source until it is resumed; its owner sees it within a second or so.")
  static final class Pause implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCE_ID", description = "The source's id, as `sources list` prints it.")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the other operators.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who pauses it (default: the user's name).")
    String by = System.getProperty("user.name", "ops");

    @Mixin CollectorMain.SettingsOptions options = new CollectorMain.SettingsOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (reason.isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--reason is blank: say why the source is paused");
      }
      ListedSource s = listing(options.load()).pause(id, reason.strip(), by);
      System.out.printf("%s %s%n", id, state(s));
      return 0;
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Poll a paused source again; its owner polls it within a second or so.")
  static final class Resume implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SOURCE_ID", description = "The source's id, as `sources list` prints it.")
    String id;

    @Option(names = "--by", paramLabel = "NAME", description = "Who resumes it (default: the user's name).")
    String by = System.getProperty("user.name", "ops");

    @Mixin CollectorMain.SettingsOptions options = new CollectorMain.SettingsOptions();

    @Override
    public Integer call() {
      ListedSource s = listing(options.load()).resume(id, by);
      System.out.printf("%s %s%n", id, state(s));
      return 0;
    }
  }
}

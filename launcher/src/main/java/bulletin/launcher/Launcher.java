package bulletin.launcher;

import bulletin.common.cli.Cli;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The whole pipeline in one process: {@code demo} on the written pages, {@code up} on the live sites. */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
    description = "Drafts the next issue of the 科技简报 from government sites, over Kafka.",
    subcommands = {Launcher.DemoCommand.class, Launcher.UpCommand.class, Ops.class, Launcher.BenchCommand.class,
        Launcher.SoakCommand.class})
public final class Launcher implements Runnable {
  /** Standard output as UTF-8, read each time so that a test that captures System.out sees it. */
  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  public static void main(String[] args) {
    System.exit(Cli.run(new Launcher(), args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  static Path home() {
    return Path.of(System.getProperty("bulletin.home", ".")).toAbsolutePath().normalize();
  }

  @Command(name = "demo", mixinStandardHelpOptions = true,
      description = "Run the real pipeline on an embedded broker (or KAFKA_BOOTSTRAP) over the bundled pages "
          + "written in the shape of the sites, print the drafted issue and exit. No internet needed.")
  static final class DemoCommand implements Callable<Integer> {
    @Option(names = "--timeout", defaultValue = "180", paramLabel = "SECONDS",
        description = "Give up if the draft has not caught up after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--serve", description = "Keep running after the draft and serve the review app.")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
        description = "The review app's port with --serve (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
      try (Broker broker = Broker.open(out(), null, 0)) {
        new Demo(out(), home(), Duration.ofSeconds(timeoutSeconds)).run(broker.bootstrap(), serve ? port : -1);
      }
      return 0;
    }
  }

  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "The pipeline's figures on one embedded broker: passthrough baseline, raw → draft, the classifier "
          + "alone, each service's memory, and the draft update cost at 1k/10k/100k candidates; the last line is the "
          + "classifier/passthrough ratio.")
  static final class BenchCommand implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "3000", paramLabel = "N", description = "Announcements (default: ${DEFAULT-VALUE}).")
    int items;

    @Override
    public Integer call() throws Exception {
      new Bench(out(), home(), items).run();
      return 0;
    }
  }

  @Command(name = "soak", mixinStandardHelpOptions = true,
      description = {"Months of running in minutes: the whole pipeline on an embedded broker with its clock driven "
          + "day by day. Sources post daily (two fall quiet for the last ten days), each monthly issue is submitted, "
          + "approved and published on its date, services restart at random and the broker once.",
          "Ends with: soak: N days, issues published I, items N, lost 0, doubled 0, stale sources flagged K of K. "
          + "Exits 1 when anything is lost or doubled, or a stale source goes unflagged."})
  static final class SoakCommand implements Callable<Integer> {
    @Option(names = "--days", defaultValue = "90", paramLabel = "DAYS",
        description = "Simulated days, at least 20; the run ends on an issue's date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
        description = "Seed of the items' wording and of the restarts (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (days < Soak.MIN_DAYS) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--days " + days + " is too short: a soak "
            + "needs at least " + Soak.MIN_DAYS + " days, for an issue and for sources to fall quiet");
      }
      Soak.Report report = new Soak(out(), home(), days, seed).run();
      out().println(report.line());
      return report.passed() ? 0 : 1;
    }
  }

  @Command(name = "up", mixinStandardHelpOptions = true,
      description = "Run the pipeline continuously on the live sources in sources/, writing drafts to drafts/.")
  static final class UpCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9092", paramLabel = "PORT",
        description = "Client port of the embedded broker (default: ${DEFAULT-VALUE}); ignored with KAFKA_BOOTSTRAP.")
    int port;

    @Option(names = "--metrics-port", defaultValue = "9400", paramLabel = "PORT",
        description = "Port of /health/live, /health/ready and /metrics (default: ${DEFAULT-VALUE}).")
    int metricsPort;

    @Override
    public Integer call() throws Exception {
      new Up(out(), home(), port, metricsPort).run();
      return 0;
    }
  }
}

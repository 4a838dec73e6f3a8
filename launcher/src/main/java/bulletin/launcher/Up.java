package bulletin.launcher;

import bulletin.assembler.AssemblerMain;
import bulletin.assembler.DraftFiles;
import bulletin.classifier.ClassifierMain;
import bulletin.collector.Collector;
import bulletin.collector.CollectorSettings;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceDefinition;
import bulletin.review.ReviewMain;
import bulletin.review.ReviewServer;
import bulletin.common.cli.StopSignal;
import bulletin.common.ops.Telemetry;
import bulletin.common.config.Settings;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.profile.BulletinProfile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The pipeline running continuously on the live sources: broker (embedded, with its data kept
 * under data/kafka, unless KAFKA_BOOTSTRAP is set), collector, classifier, assembler and the review app, with the
 * latest drafts written under drafts/.
 */
final class Up {
  private final PrintStream out;
  private final Path home;
  private final int port;
  private final int metricsPort;

  Up(PrintStream out, Path home, int port, int metricsPort) {
    this.out = out;
    this.home = home;
    this.port = port;
    this.metricsPort = metricsPort;
  }

  void run() throws Exception {
    Path draftsDir = home.resolve("drafts");
    Path data = home.resolve("data");
    try (StopSignal stop = StopSignal.install("bulletin");
        Broker broker = Broker.open(out, data.resolve("kafka"), port);
        Telemetry telemetry = Telemetry.serve("127.0.0.1", metricsPort)) {
      out.println("health and metrics: " + telemetry.url() + "health/ready, " + telemetry.url() + "metrics");
      String bootstrap = broker.bootstrap();
      Map<String, String> kafka = Map.of("kafka.bootstrap", bootstrap,
          "streams.state-dir", data.resolve("streams").toString());
      Settings assemblerSettings = Settings.load(AssemblerMain.DEFAULTS, kafka);
      Settings reviewSettings = Settings.load(ReviewMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
          "review.users-file", data.resolve("review-users.txt").toString(),
          "review.sessions-file", data.resolve("review-sessions.txt").toString()));
      try (StreamsApp classifier = ClassifierMain.start(Settings.load(ClassifierMain.DEFAULTS, kafka));
          StreamsApp assembler = AssemblerMain.start(assemblerSettings);
          ReviewServer review = ReviewMain.start(reviewSettings, out);
          DraftFiles files = new DraftFiles(bootstrap, "bulletin-draft-files", draftsDir,
              BulletinProfile.fromSetting(assemblerSettings.optional("profile.file")))) {
        Thread filesThread = new Thread(files, "draft-files");
        filesThread.setDaemon(true);
        filesThread.start();
        CollectorSettings collectorSettings = CollectorSettings.load(Map.of(
            "kafka.bootstrap", bootstrap, "sources.dir", home.resolve("sources").toString()));
        List<SourceDefinition> sources = SourceCatalog.readAll(collectorSettings.sourcesDir());
        out.printf("running: %d sources, polled every %s; drafts are written to %s; Ctrl-C stops%n",
            sources.size(), collectorSettings.pollInterval(), draftsDir);
        Collector.run(collectorSettings, sources, Clock.systemUTC(), stop, () -> { });
      }
    }
  }
}

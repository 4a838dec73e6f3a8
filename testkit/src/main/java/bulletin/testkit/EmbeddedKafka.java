package bulletin.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/** A real single-node Apache Kafka broker (KRaft, combined broker and controller) in this JVM. */
public final class EmbeddedKafka implements AutoCloseable {

  private final KafkaRaftServer server;
  private final Path dataDir;
  private final boolean ownsDataDir;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, Path dataDir, boolean ownsDataDir, String bootstrapServers) {
    this.server = server;
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    this.bootstrapServers = bootstrapServers;
  }

  /** Starts a broker whose data lives in a fresh temporary directory, removed on close. */
  public static EmbeddedKafka start() {
    try {
      return start(Files.createTempDirectory("bulletin-kafka-"), true, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data directory for the embedded broker", e);
    }
  }

  /**
   * Starts a broker on {@code dataDir}, formatting it when it is new.
   *
   * @param port the client port, or 0 for any free port; a fixed port puts the controller on the
   *     next one, so that a restarted broker finds its quorum where it left it
   */
  public static EmbeddedKafka start(Path dataDir, boolean ownsDataDir, int port) {
    return start(dataDir, ownsDataDir, port, java.util.Map.of());
  }

  /** As {@link #start(Path, boolean, int)}, with broker settings of the caller's own on top. */
  public static EmbeddedKafka start(Path dataDir, boolean ownsDataDir, int port, java.util.Map<String, String> overrides) {
    int clientPort = port == 0 ? freePort() : port;
    int controllerPort = port == 0 ? freePort() : port + 1;
    Properties props = brokerProperties(dataDir, clientPort, controllerPort);
    props.putAll(overrides);
    KafkaConfig config = new KafkaConfig(props, false);
    KafkaRaftServer server = null;
    try {
      format(config, dataDir);
      server = new KafkaRaftServer(config, Time.SYSTEM);
      server.startup();
      String bootstrap = "127.0.0.1:" + clientPort;
      awaitReady(bootstrap);
      return new EmbeddedKafka(server, dataDir, ownsDataDir, bootstrap);
    } catch (Exception e) {
      // A half-started server keeps non-daemon threads alive: stop it so the JVM can exit.
      if (server != null) {
        shutdownQuietly(server);
      }
      if (ownsDataDir) {
        deleteRecursively(dataDir);
      }
      throw new IllegalStateException("the embedded Kafka broker did not start: " + e.getMessage(), e);
    }
  }

  /** host:port for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    shutdownQuietly(server);
    if (ownsDataDir) {
      deleteRecursively(dataDir);
    }
  }

  private static Properties brokerProperties(Path dataDir, int clientPort, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", dataDir.resolve("log").toString());
    p.put("num.partitions", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "true");
    p.put("log.flush.interval.messages", "10000");
    p.put("unclean.leader.election.enable", "false");
    return p;
  }

  private static void format(KafkaConfig config, Path dataDir) throws Exception {
    Path logDir = dataDir.resolve("log");
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return; // formatted by an earlier run: keep its data
    }
    Files.createDirectories(logDir);
    new Formatter()
        .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
        .setNodeId(config.nodeId())
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(logDir.toString()))
        .setMetadataLogDirectory(logDir.toString())
        .setReleaseVersion(MetadataVersion.latestProduction())
        .setControllerListenerName("CONTROLLER")
        .setIgnoreFormatted(true)
        .run();
  }

  private static void awaitReady(String bootstrap) throws Exception {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
    try (Admin admin = Admin.create(p)) {
      admin.describeCluster().nodes().get();
    }
  }

  /** host:port on loopback where nothing listens: for commands that must find no broker. */
  public static String nowhere() {
    return "127.0.0.1:" + freePort(); // the port was free a moment ago and nothing was started on it
  }

  /**
   * A free client port whose next port is free too, for a broker that restarts on a fixed port
   * ({@link #start(Path, boolean, int)} puts its controller on the next one).
   */
  public static int freePortPair() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    for (int attempt = 0; attempt < 100; attempt++) {
      try (ServerSocket client = new ServerSocket(0, 1, loopback)) {
        int port = client.getLocalPort();
        if (port >= 65535) {
          continue;
        }
        try (ServerSocket controller = new ServerSocket(port + 1, 1, loopback)) {
          return port;
        } catch (IOException taken) {
          // try another pair
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open a local port", e);
      }
    }
    throw new IllegalStateException("no two free neighbouring ports after 100 tries");
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }

  private static void shutdownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException ignored) {
      // shutting down: nothing more to do
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: it lives in the temp directory
    }
  }
}

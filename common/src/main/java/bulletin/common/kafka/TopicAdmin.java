package bulletin.common.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's topics when they are missing, with the cleanup policy and retention each
 * one's {@link Keeping} chooses. Existing topics are left as they are, with a warning when their
 * settings differ from that choice.
 */
public final class TopicAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /**
   * Creates whichever of {@code topics} do not exist yet.
   *
   * @param partitions partitions for new topics
   * @param replication replication factor for new topics, or -1 for the broker's default
   */
  public static void ensure(String bootstrap, Collection<Topic<?, ?>> topics, int partitions,
      short replication) {
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = topics.stream()
          .filter(t -> !existing.contains(t.name()))
          .map(t -> new NewTopic(t.name(), Optional.of(partitions),
              replication < 0 ? Optional.empty() : Optional.of(replication)).configs(t.configs()))
          .toList();
      warnAboutDrift(admin, topics.stream().filter(t -> existing.contains(t.name())).toList());
      if (missing.isEmpty()) {
        return;
      }
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get();
          LOG.info("created topic {}", entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + entry.getKey() + ": "
                + e.getCause().getMessage(), e.getCause());
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot reach Kafka at " + bootstrap + " to create topics: "
          + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /** Warns about each existing topic whose cleanup policy or retention is not its Keeping's. */
  private static void warnAboutDrift(Admin admin, List<Topic<?, ?>> existing)
      throws ExecutionException, InterruptedException {
    if (existing.isEmpty()) {
      return;
    }
    Map<ConfigResource, Config> configs = admin.describeConfigs(existing.stream()
        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList()).all().get();
    for (Topic<?, ?> t : existing) {
      Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t.name()));
      String difference = t.keeping().differenceFrom(value(c, "cleanup.policy"), value(c, "retention.ms"));
      if (!difference.isEmpty()) {
        LOG.warn("topic {}: {}; it should keep {} (set it with kafka-configs --alter, see docs/operations.md)",
            t.name(), difference, t.keeping().why());
      }
    }
  }

  static String value(Config config, String name) {
    ConfigEntry e = config == null ? null : config.get(name);
    return e == null || e.value() == null ? "" : e.value();
  }
}

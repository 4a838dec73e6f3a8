package bulletin.common.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Asks the cluster whether it is there before a command starts its work, so that a command run
 * with no broker says so in a few seconds, in words, instead of Kafka's own timeout a minute later.
 */
public final class Brokers {
  /** How long a command waits for a broker to answer before it gives up. */
  public static final Duration WAIT = Duration.ofSeconds(5);

  private Brokers() {}

  /**
   * Returns {@code bootstrap} when a broker there answers within {@link #WAIT}.
   *
   * @throws IllegalStateException naming the address and what to do, when none does
   */
  public static String require(String bootstrap) {
    int ms = (int) WAIT.toMillis();
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes().get(ms + 1000L, TimeUnit.MILLISECONDS);
      return bootstrap;
    } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
      throw new IllegalStateException(absent(bootstrap));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while looking for the Kafka broker at " + bootstrap);
    }
  }

  /** What a command says when no broker answers at {@code bootstrap}. */
  public static String absent(String bootstrap) {
    return "no Kafka broker at " + bootstrap + ": start `./bulletin up`, or set KAFKA_BOOTSTRAP";
  }
}

package bulletin.common.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Sends a stopped service back in time: its consumer group's offsets on one input topic move to
 * the first record at or after an instant (or to the end, for a partition with none since), so
 * that when it starts again it reads everything from then on. Refused while the group has members:
 * a running service would overwrite the offsets with its own.
 */
public final class Replay {
  private Replay() {}

  /** One partition's move: {@code from} is null when the group had no offset there. */
  public record Moved(TopicPartition partition, Long from, long to) {}

  public static List<Moved> rewind(String bootstrap, String group, String topic, Instant since, Duration timeout) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      var description = admin.describeConsumerGroups(List.of(group)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .get(group);
      if (description != null && !description.members().isEmpty()) {
        throw new IllegalStateException("group " + group + " has " + description.members().size()
            + " running member(s): stop the service before replaying, then start it again");
      }
      var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .get(topic).partitions();
      Map<TopicPartition, OffsetSpec> atTime = new HashMap<>();
      Map<TopicPartition, OffsetSpec> atEnd = new HashMap<>();
      for (var p : partitions) {
        TopicPartition tp = new TopicPartition(topic, p.partition());
        atTime.put(tp, OffsetSpec.forTimestamp(since.toEpochMilli()));
        atEnd.put(tp, OffsetSpec.latest());
      }
      var found = admin.listOffsets(atTime).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      var ends = admin.listOffsets(atEnd).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetAndMetadata> current = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetAndMetadata> target = new HashMap<>();
      List<Moved> moved = new ArrayList<>();
      for (TopicPartition tp : atTime.keySet()) {
        long offset = found.get(tp).offset();
        long to = offset < 0 ? ends.get(tp).offset() : offset;
        target.put(tp, new OffsetAndMetadata(to));
        OffsetAndMetadata was = current.get(tp);
        moved.add(new Moved(tp, was == null ? null : was.offset(), to));
      }
      admin.alterConsumerGroupOffsets(group, target).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      moved.sort(java.util.Comparator.comparingInt(m -> m.partition().partition()));
      return moved;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying " + topic + " for " + group, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("replaying " + topic + " for group " + group + " failed: "
          + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the cluster at " + bootstrap + " did not answer within " + timeout.toSeconds() + " s");
    }
  }
}

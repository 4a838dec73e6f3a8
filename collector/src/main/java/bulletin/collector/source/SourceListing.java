package bulletin.collector.source;

import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The sources listed on {@code collector.sources}: publishing the sources folder there, pausing and
 * resuming one source, and reading the list. The collector instances poll what is listed. This class
 * reads and writes the topic; what it decides is in {@link SourceChanges}.
 */
public final class SourceListing {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String bootstrap;

  private SourceListing(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /**
   * The listing on {@code bootstrap}'s cluster, creating the topic when it is missing (with
   * {@code partitions} partitions; {@code replication} -1 takes the broker's default).
   */
  public static SourceListing open(String bootstrap, int partitions, short replication) {
    TopicAdmin.ensure(bootstrap, List.of(ListedSource.TOPIC), partitions, replication);
    return new SourceListing(bootstrap);
  }

  /** A listed source and the partition its record is on (which decides its owner). */
  public record Entry(ListedSource source, int partition) {}

  /** What a publication of the folder changed. */
  public record Publication(int added, int changed, int removed, int unchanged) {
    @Override
    public String toString() {
      return added + " added, " + changed + " changed, " + removed + " removed, " + unchanged + " unchanged";
    }
  }

  /** Every listed source, by id. */
  public SortedMap<String, Entry> read() {
    return SourceChanges.latest(TopicReader.readToEnd(bootstrap, ListedSource.TOPIC.name(),
        ListedSource.TOPIC.keySerde().deserializer(), ListedSource.TOPIC.valueSerde().deserializer(), TIMEOUT));
  }

  /**
   * Lists the folder's definitions: a new or changed definition is written (keeping the source's
   * pause), and a source no longer in the folder is removed.
   */
  public Publication publish(List<SourceDefinition> folder, String by) {
    Map<String, ListedSource> listed = new LinkedHashMap<>();
    read().forEach((id, e) -> listed.put(id, e.source()));
    Map<String, ListedSource> writes = SourceChanges.changes(listed, folder, by, Instant.now());
    write(writes);
    return SourceChanges.publication(listed.keySet(), writes, folder.size());
  }

  /** Pauses a listed source: its owner stops polling it. */
  public ListedSource pause(String id, String reason, String by) {
    return rewrite(id, s -> SourceChanges.paused(s, reason, by, Instant.now()));
  }

  /** Resumes a paused source: its owner polls it at once. */
  public ListedSource resume(String id, String by) {
    return rewrite(id, s -> SourceChanges.resumed(s, by, Instant.now()));
  }

  private ListedSource rewrite(String id, UnaryOperator<ListedSource> change) {
    SortedMap<String, Entry> listed = read();
    Entry entry = listed.get(id);
    if (entry == null) {
      throw new IllegalArgumentException(SourceChanges.notListed(id, listed.keySet()));
    }
    ListedSource changed = change.apply(entry.source());
    write(Map.of(id, changed));
    return changed;
  }

  private void write(Map<String, ListedSource> records) {
    if (records.isEmpty()) {
      return;
    }
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
        ListedSource.TOPIC.keySerde().serializer(), ListedSource.TOPIC.valueSerde().serializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      records.forEach((id, value) -> sent.add(producer.send(new ProducerRecord<>(ListedSource.TOPIC.name(), id, value))));
      for (Future<RecordMetadata> f : sent) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write to " + ListedSource.TOPIC.name() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to " + ListedSource.TOPIC.name(), e);
    }
  }
}

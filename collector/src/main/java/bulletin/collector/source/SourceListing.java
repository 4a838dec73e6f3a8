package bulletin.collector.source;

import bulletin.common.kafka.TopicAdmin;
import bulletin.common.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.common.utils.Utils;

/**
 * The sources listed on {@code collector.sources}: publishing the sources folder there, pausing and
 * resuming one source, and reading the list. The collector instances poll what is listed. This class
 * reads and writes the topic; what it decides is in {@link SourceChanges}.
 *
 * <p>A source's records are keyed by its id (compaction keeps its latest) but go to the partition of
 * its host, so that every source of one host is owned by one instance at a time: that instance's
 * delay between requests and its robots.txt rules then hold for the host across the cluster.
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

  /** Every listed source, by id (where a source is listed on two partitions, its latest change). */
  public SortedMap<String, Entry> read() {
    return SourceChanges.latest(records());
  }

  /** Each partition's listed sources: a source moving to its host's partition is briefly on two. */
  private List<Entry> readEach() {
    return SourceChanges.each(records());
  }

  private List<org.apache.kafka.clients.consumer.ConsumerRecord<String, ListedSource>> records() {
    return TopicReader.readToEnd(bootstrap, ListedSource.TOPIC.name(), ListedSource.TOPIC.keySerde().deserializer(),
        ListedSource.TOPIC.valueSerde().deserializer(), TIMEOUT);
  }

  /** The partition of {@code collector.sources} that {@code source}'s records go to: its host's. */
  public static int partitionOf(SourceDefinition source, int partitions) {
    return Utils.toPositive(Utils.murmur2(source.host().getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /**
   * Lists the folder's definitions: a new or changed definition is written (keeping the source's
   * pause), and a source of the folder whose file is gone is removed. Sources added in the review
   * app (origin {@link ListedSource#APP}) are left alone, unless a file now holds the same id.
   */
  public Publication publish(List<SourceDefinition> folder, String by) {
    Map<String, ListedSource> listed = new LinkedHashMap<>();
    read().forEach((id, e) -> listed.put(id, e.source()));
    Map<String, ListedSource> writes = SourceChanges.changes(listed, folder, by, Instant.now());
    write(writes, readEach());
    return SourceChanges.publication(listed.keySet(), writes, folder.size());
  }

  /**
   * Takes sources off the listing, whatever their origin, wherever they are listed; their owners
   * stop polling them. For tests and tools that clean up after themselves.
   */
  public void unlist(java.util.Collection<String> ids) {
    Map<String, ListedSource> tombstones = new LinkedHashMap<>();
    ids.forEach(id -> tombstones.put(id, null));
    write(tombstones, readEach());
  }

  /**
   * Lists a source added in the review app (origin {@link ListedSource#APP}), or replaces one added
   * there before, keeping its pause. An id that the sources folder lists is refused: its file rules it.
   */
  public ListedSource add(SourceDefinition definition, String by) {
    Entry before = read().get(definition.id());
    if (before != null && before.source().fromFolder()) {
      throw new IllegalArgumentException("source '" + definition.id() + "' is listed from the sources folder ("
          + definition.id() + ".yaml): choose another id, or change that file");
    }
    ListedSource added = new ListedSource(1, definition, before == null ? null : before.source().pause(), by,
        Instant.now(), ListedSource.APP);
    write(Map.of(definition.id(), added), readEach());
    return added;
  }

  /**
   * Removes a source added in the review app (a tombstone): its owner stops polling it. A source of
   * the folder is refused: deleting its file and publishing the folder removes it.
   */
  public void remove(String id) {
    Entry entry = read().get(id);
    if (entry == null) {
      throw new IllegalArgumentException("no source '" + id + "' is listed on " + ListedSource.TOPIC.name());
    }
    if (entry.source().fromFolder()) {
      throw new IllegalArgumentException("source '" + id + "' is listed from the sources folder: delete " + id
          + ".yaml there and publish the folder");
    }
    Map<String, ListedSource> tombstone = new java.util.HashMap<>();
    tombstone.put(id, null);
    write(tombstone, readEach());
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
    write(Map.of(id, changed), readEach());
    return changed;
  }

  /**
   * Writes {@code records} by source id (null: remove the source), each to its host's partition,
   * with a tombstone wherever {@code listed} has the source on another partition: a source whose
   * host changed, or one listed by an older collector that keyed partitions by id, moves.
   */
  private void write(Map<String, ListedSource> records, List<Entry> listed) {
    if (records.isEmpty() && listed.isEmpty()) {
      return;
    }
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
        ListedSource.TOPIC.keySerde().serializer(), ListedSource.TOPIC.valueSerde().serializer())) {
      int partitions = producer.partitionsFor(ListedSource.TOPIC.name()).size();
      Map<String, ListedSource> latest = new LinkedHashMap<>();
      listed.forEach(e -> latest.merge(e.source().definition().id(), e.source(),
          (x, y) -> y.changedAt().isAfter(x.changedAt()) ? y : x));
      Map<String, ListedSource> moving = new LinkedHashMap<>(records);
      List<ProducerRecord<String, ListedSource>> out = new ArrayList<>();
      for (Entry e : listed) {
        String id = e.source().definition().id();
        ListedSource next = records.containsKey(id) ? records.get(id) : latest.get(id);
        if (next == null || e.partition() != partitionOf(next.definition(), partitions)) {
          out.add(new ProducerRecord<>(ListedSource.TOPIC.name(), e.partition(), id, null));
          if (next != null) {
            moving.putIfAbsent(id, next);
          }
        }
      }
      moving.forEach((id, value) -> {
        if (value != null) {
          out.add(new ProducerRecord<>(ListedSource.TOPIC.name(), partitionOf(value.definition(), partitions), id, value));
        }
      });
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      out.forEach(r -> sent.add(producer.send(r)));
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

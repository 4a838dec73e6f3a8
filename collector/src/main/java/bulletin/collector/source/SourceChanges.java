package bulletin.collector.source;

import bulletin.collector.source.ListedSource.Pause;
import bulletin.collector.source.SourceListing.Entry;
import bulletin.collector.source.SourceListing.Publication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What {@link SourceListing} decides, apart from reading and writing {@code collector.sources}: the
 * sources the topic's records list, the records that make the listing match the folder, what a
 * publication changed, and a paused or resumed source.
 */
final class SourceChanges {
  private SourceChanges() {}

  /**
   * The sources each partition's records list, in partition order: on each partition the last record
   * of each id, none after a tombstone. A source moving to its host's partition is briefly on two.
   */
  static List<Entry> each(List<ConsumerRecord<String, ListedSource>> records) {
    Map<Integer, Map<String, ListedSource>> byPartition = new TreeMap<>();
    for (ConsumerRecord<String, ListedSource> r : records) {
      Map<String, ListedSource> listed = byPartition.computeIfAbsent(r.partition(), p -> new TreeMap<>());
      if (r.value() == null) {
        listed.remove(r.key());
      } else {
        listed.put(r.key(), r.value());
      }
    }
    List<Entry> entries = new ArrayList<>();
    byPartition.forEach((p, listed) -> listed.values().forEach(s -> entries.add(new Entry(s, p))));
    return entries;
  }

  /** The sources the records list, by id: where one is listed on two partitions, its latest change. */
  static SortedMap<String, Entry> latest(List<ConsumerRecord<String, ListedSource>> records) {
    SortedMap<String, Entry> latest = new TreeMap<>();
    for (Entry e : each(records)) {
      latest.merge(e.source().definition().id(), e,
          (a, b) -> b.source().changedAt().isAfter(a.source().changedAt()) ? b : a);
    }
    return latest;
  }

  /**
   * The records that make {@code listed} match {@code folder}, by source id: the new or changed
   * definitions (a file taking over an app-added id counts as changed), each keeping its pause, then
   * a tombstone (null) for each source of the folder whose file is gone. App-added sources stay.
   */
  static Map<String, ListedSource> changes(Map<String, ListedSource> listed, List<SourceDefinition> folder,
      String by, Instant at) {
    Map<String, ListedSource> writes = new LinkedHashMap<>();
    for (SourceDefinition d : folder) {
      ListedSource before = listed.get(d.id());
      if (before == null || !before.definition().equals(d) || !before.fromFolder()) {
        writes.put(d.id(), new ListedSource(1, d, before == null ? null : before.pause(), by, at, ListedSource.FOLDER));
      }
    }
    Set<String> inFolder = folder.stream().map(SourceDefinition::id).collect(Collectors.toSet());
    listed.forEach((id, source) -> {
      if (source.fromFolder() && !inFolder.contains(id)) {
        writes.put(id, null);
      }
    });
    return writes;
  }

  /** What writing {@code writes} over {@code listed} does to a folder of {@code folderSize} sources. */
  static Publication publication(Set<String> listed, Map<String, ListedSource> writes, int folderSize) {
    int added = (int) writes.keySet().stream().filter(id -> !listed.contains(id)).count();
    int removed = (int) writes.values().stream().filter(v -> v == null).count();
    int changed = writes.size() - added - removed;
    return new Publication(added, changed, removed, folderSize - added - changed);
  }

  /** The source paused by {@code by} for {@code reason}. */
  static ListedSource paused(ListedSource s, String reason, String by, Instant at) {
    return new ListedSource(1, s.definition(), new Pause(reason, by, at), by, at, s.origin());
  }

  /** The source polled again, resumed by {@code by}. */
  static ListedSource resumed(ListedSource s, String by, Instant at) {
    return new ListedSource(1, s.definition(), null, by, at, s.origin());
  }

  /** Why {@code id} cannot be paused or resumed: it is not among {@code listed}. */
  static String notListed(String id, Set<String> listed) {
    return "no source '" + id + "' is listed on " + ListedSource.TOPIC.name()
        + (listed.isEmpty() ? " (none is: `collector run` or `collector sources publish` lists the sources folder)"
            : "; listed: " + String.join(", ", listed));
  }
}

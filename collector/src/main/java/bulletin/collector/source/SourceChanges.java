package bulletin.collector.source;

import bulletin.collector.source.ListedSource.Pause;
import bulletin.collector.source.SourceListing.Entry;
import bulletin.collector.source.SourceListing.Publication;
import java.time.Instant;
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

  /** The sources the records list, by id: the last record of each id, none after a tombstone. */
  static SortedMap<String, Entry> latest(List<ConsumerRecord<String, ListedSource>> records) {
    SortedMap<String, Entry> latest = new TreeMap<>();
    for (ConsumerRecord<String, ListedSource> r : records) {
      if (r.value() == null) {
        latest.remove(r.key());
      } else {
        latest.put(r.key(), new Entry(r.value(), r.partition()));
      }
    }
    return latest;
  }

  /**
   * The records that make {@code listed} match {@code folder}, by source id: the new or changed
   * definitions, each keeping its pause, then a tombstone (null) for each source that left the folder.
   */
  static Map<String, ListedSource> changes(Map<String, ListedSource> listed, List<SourceDefinition> folder,
      String by, Instant at) {
    Map<String, ListedSource> writes = new LinkedHashMap<>();
    for (SourceDefinition d : folder) {
      ListedSource before = listed.get(d.id());
      if (before == null || !before.definition().equals(d)) {
        writes.put(d.id(), new ListedSource(1, d, before == null ? null : before.pause(), by, at));
      }
    }
    Set<String> inFolder = folder.stream().map(SourceDefinition::id).collect(Collectors.toSet());
    listed.keySet().stream().filter(id -> !inFolder.contains(id)).forEach(id -> writes.put(id, null));
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
    return new ListedSource(1, s.definition(), new Pause(reason, by, at), by, at);
  }

  /** The source polled again, resumed by {@code by}. */
  static ListedSource resumed(ListedSource s, String by, Instant at) {
    return new ListedSource(1, s.definition(), null, by, at);
  }

  /** Why {@code id} cannot be paused or resumed: it is not among {@code listed}. */
  static String notListed(String id, Set<String> listed) {
    return "no source '" + id + "' is listed on " + ListedSource.TOPIC.name()
        + (listed.isEmpty() ? " (none is: `collector run` or `collector sources publish` lists the sources folder)"
            : "; listed: " + String.join(", ", listed));
  }
}

package bulletin.assembler.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports grouped into stories as they arrive, kept from one draft to the next: a new report is
 * compared only with the reports that share a band of its fingerprint ({@link
 * NearDuplicates.Fingerprint#bands}), and joins the stories of those it is the same news as. The
 * stories are the connected groups of that relation, so they do not depend on the order the reports
 * came in. A report cannot be taken out; a caller whose reports left builds a new index.
 */
final class StoryIndex<K> {
  private final List<K> reports = new ArrayList<>();
  private final List<NearDuplicates.Fingerprint> prints = new ArrayList<>();
  private final Map<K, Integer> places = new HashMap<>();
  private final Bands bands = new Bands();
  private int[] parent = new int[16];
  /** For each report, the last report compared with it, so that two reports sharing several bands are compared once. */
  private int[] comparedWith = new int[16];

  /** Whether it holds the report {@code key}. */
  boolean holds(K key) {
    return places.containsKey(key);
  }

  /** Whether every report it holds is among {@code keys}. */
  boolean holdsOnly(Set<K> keys) {
    return keys.containsAll(places.keySet());
  }

  /** Adds a report and joins it to the stories of the reports it is the same news as. */
  void add(K key, NearDuplicates.Fingerprint print) {
    if (places.containsKey(key)) {
      return;
    }
    int place = reports.size();
    reports.add(key);
    prints.add(print);
    places.put(key, place);
    if (place == parent.length) {
      parent = Arrays.copyOf(parent, place * 2);
      comparedWith = Arrays.copyOf(comparedWith, place * 2);
    }
    parent[place] = place;
    comparedWith[place] = place;
    for (int band : print.bands()) {
      for (int entry = bands.first(band); entry >= 0; entry = bands.next(entry)) {
        int other = bands.report(entry);
        if (comparedWith[other] == place) {
          continue;
        }
        comparedWith[other] = place;
        if (find(other) != find(place) && print.sameStory(prints.get(other))) {
          parent[find(other)] = find(place);
        }
      }
      bands.add(band, place);
    }
  }

  /** The stories, each a list of its reports in the order they came; the stories in the order of their first report. */
  List<List<K>> stories() {
    Map<Integer, List<K>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(reports.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The reports under each band key, without boxing: an open-addressing table from a band key to
   * its latest entry, and for each entry the report and the entry before it under the same key.
   * Keys are 32-bit hashes; two bands that share one by chance only cost comparisons.
   */
  private static final class Bands {
    private int[] keys = new int[1024];
    private int[] latest = filled(1024);
    private int used;
    private int[] entryReport = new int[1024];
    private int[] entryBefore = new int[1024];
    private int entries;

    int first(int key) {
      return latest[slot(key)];
    }

    int next(int entry) {
      return entryBefore[entry];
    }

    int report(int entry) {
      return entryReport[entry];
    }

    void add(int key, int report) {
      if (entries == entryReport.length) {
        entryReport = Arrays.copyOf(entryReport, entries * 2);
        entryBefore = Arrays.copyOf(entryBefore, entries * 2);
      }
      int slot = slot(key);
      if (latest[slot] < 0) {
        keys[slot] = key;
        used++;
      }
      entryReport[entries] = report;
      entryBefore[entries] = latest[slot];
      latest[slot] = entries++;
      if (used * 2 > keys.length) {
        grow();
      }
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private int slot(int key) {
      int mask = keys.length - 1;
      int slot = key & mask; // keys are hashes already
      while (latest[slot] >= 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldLatest = latest;
      keys = new int[oldKeys.length * 2];
      latest = filled(oldKeys.length * 2);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldLatest[i] >= 0) {
          int slot = slot(oldKeys[i]);
          keys[slot] = oldKeys[i];
          latest[slot] = oldLatest[i];
        }
      }
    }

    private static int[] filled(int n) {
      int[] a = new int[n];
      Arrays.fill(a, -1);
      return a;
    }
  }
}

package bulletin.classifier.cue;

import java.util.List;

/** The gazetteer: places and bodies ({@code bulletin/places.tsv}) and whose news they make an item. */
final class Places {
  static final String RESOURCE = "bulletin/places.tsv";

  /** How surely a name places an item. */
  enum Strength { STRONG, WEAK, VAGUE }

  /** A place's locus, and how surely it places an item. */
  record Entry(Locus locus, Strength strength) {
    boolean strong() {
      return strength == Strength.STRONG;
    }
  }

  private static final PhraseTrie<Entry> TRIE = load();

  private Places() {}

  static List<PhraseTrie.Hit<Entry>> find(String text) {
    return TRIE.find(text);
  }

  private static PhraseTrie<Entry> load() {
    PhraseTrie<Entry> trie = new PhraseTrie<>();
    for (String[] row : Tsv.rows(RESOURCE, 3)) {
      Locus locus = Locus.valueOf(row[1].toUpperCase(java.util.Locale.ROOT));
      Strength strength;
      try {
        strength = Strength.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ": strength '" + row[2] + "' is not strong, weak or vague", e);
      }
      trie.put(row[0], new Entry(locus, strength));
    }
    return trie;
  }
}

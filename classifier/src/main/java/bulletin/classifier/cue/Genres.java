package bulletin.classifier.cue;

import java.util.List;
import java.util.Locale;

/** The genre words ({@code bulletin/genres.tsv}) and the kind of news each one marks. */
final class Genres {
  static final String RESOURCE = "bulletin/genres.tsv";

  private static final PhraseTrie<Genre> TRIE = load();

  private Genres() {}

  static List<PhraseTrie.Hit<Genre>> find(String text) {
    return TRIE.find(text);
  }

  private static PhraseTrie<Genre> load() {
    PhraseTrie<Genre> trie = new PhraseTrie<>();
    for (String[] row : Tsv.rows(RESOURCE, 2)) {
      trie.put(row[0], Genre.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    return trie;
  }
}

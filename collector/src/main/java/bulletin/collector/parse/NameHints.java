package bulletin.collector.parse;

import java.util.Locale;

/**
 * Words that, found anywhere in an element's class or id ({@code article-content}, {@code
 * bdshare_t}), hint at what the element holds. A plain substring test: class names are short and
 * read for every element of a page, so this is faster than one regular expression of alternatives.
 */
final class NameHints {
  private final String[] words;

  NameHints(String... words) {
    this.words = words;
  }

  /** Whether any of the words occurs in {@code name}, ignoring case. */
  boolean in(String name) {
    if (name.isBlank()) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }
}

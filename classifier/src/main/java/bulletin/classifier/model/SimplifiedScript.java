package bulletin.classifier.model;

import com.ibm.icu.text.Transliterator;

/**
 * Reads traditional-script copies (mirror and aggregator sites) as simplified script, so that the
 * place names, genre words and n-grams learned from simplified text still match. Some mirrors also
 * put each converted character's pinyin behind it in brackets ({@code 據(jù)}); those are dropped.
 */
final class SimplifiedScript {
  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9fff';
  private static final char[] TABLE = table();
  private static final java.util.regex.Pattern PINYIN =
      java.util.regex.Pattern.compile("\\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\\d?)\\)");

  private SimplifiedScript() {}

  /** {@code text} in simplified script, with mirrors' pinyin annotations removed. */
  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST && TABLE[c - FIRST] != 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = TABLE[c - FIRST];
      }
    }
    String s = out == null ? text : new String(out);
    return s.indexOf('(') >= 0 ? PINYIN.matcher(s).replaceAll("") : s;
  }

  /** For each CJK character that has a one-character simplified form, that form (0 for the rest). */
  private static char[] table() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    char[] table = new char[LAST - FIRST + 1];
    for (char c = FIRST; c <= LAST; c++) {
      String s = t.transliterate(String.valueOf(c));
      if (s.length() == 1 && s.charAt(0) != c) {
        table[c - FIRST] = s.charAt(0);
      }
    }
    return table;
  }
}

package bulletin.collector.parse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text measures of every element under a root, computed in one pass from the leaves up:
 * characters of text (whitespace not counted), characters inside links, punctuation marks, and for
 * a block that holds other blocks, the text it holds directly or in inline elements.
 */
final class Blocks {
  /** One element's measures. */
  record Measure(int text, int links, int punctuation, boolean hasBlock, int inlineText, int inlinePunctuation) {}

  private final List<Element> order;
  private final Map<Element, Measure> measures;

  private Blocks(List<Element> order, Map<Element, Measure> measures) {
    this.order = order;
    this.measures = measures;
  }

  static Blocks measure(Element root) {
    List<Element> all = root.getAllElements();
    Map<Element, Measure> measures = new IdentityHashMap<>(all.size() * 2);
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int text = 0;
      int links = 0;
      int punctuation = 0;
      int inlineText = 0;
      int inlinePunctuation = 0;
      boolean hasBlock = false;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          int[] counted = count(t.getWholeText());
          text += counted[0];
          punctuation += counted[1];
          inlineText += counted[0];
          inlinePunctuation += counted[1];
        } else if (child instanceof Element c) {
          Measure m = measures.get(c);
          text += m.text();
          links += m.links();
          punctuation += m.punctuation();
          boolean block = m.hasBlock() || ArticleText.BLOCKS.contains(c.normalName());
          hasBlock |= block;
          if (!block) {
            inlineText += m.text();
            inlinePunctuation += m.punctuation();
          }
        }
      }
      if (e.normalName().equals("a")) {
        links = text;
      }
      measures.put(e, new Measure(text, links, punctuation, hasBlock, inlineText, inlinePunctuation));
    }
    return new Blocks(all, measures);
  }

  /** Non-whitespace characters and punctuation marks in {@code s}. */
  private static int[] count(String s) {
    int chars = 0;
    int punctuation = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '，' || c == ',' || c == '。' || c == '；' || c == '！' || c == '？' || c == '、' || c == '：') {
        punctuation++;
      }
      if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
        chars++;
      }
    }
    return new int[] {chars, punctuation};
  }

  List<Element> order() {
    return order;
  }

  Measure of(Element e) {
    Measure m = measures.get(e);
    return m == null ? new Measure(0, 0, 0, false, 0, 0) : m;
  }

  /** The share of the element's text inside links. */
  double linkDensity(Element e) {
    Measure m = of(e);
    return m.text() == 0 ? 0 : Math.min(1, (double) m.links() / m.text());
  }
}

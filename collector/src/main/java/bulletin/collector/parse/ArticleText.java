package bulletin.collector.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** An article body as plain text: one paragraph a line, without widget lines or the title. */
final class ArticleText {
  static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
      "tfoot", "tr", "td", "th", "ul", "caption", "body", "html");
  /** A line break in the page's source between two CJK characters is no space. */
  private static final Pattern CJK_SOURCE_BREAK =
      Pattern.compile("(?<=[^\\x00-\\x7F])[ \\t\\r]*\\n\\s*|[ \\t\\r]*\\n\\s*(?=[^\\x00-\\x7F])");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

  private ArticleText() {}

  /** The text of {@code body}, dropping lines equal to {@code title} and widget lines. */
  static String of(Element body, String title) {
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          raw.append(inPre(t) ? t.getWholeText() : flatten(t.getWholeText()));
        } else if (node instanceof Element e && (e.normalName().equals("br") || BLOCKS.contains(e.normalName()))) {
          raw.append('\n');
        } else if (node instanceof Element e && e.normalName().equals("img")) {
          raw.append(' ');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          raw.append('\n');
        }
      }
    }, body);
    StringBuilder out = new StringBuilder();
    String normalTitle = title == null ? "" : SPACES.matcher(title).replaceAll(" ").strip();
    for (String line : raw.toString().split("\n")) {
      String l = SPACES.matcher(line).replaceAll(" ").strip();
      if (l.isEmpty() || l.equals(normalTitle) || Boilerplate.line(l)) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(l);
    }
    return out.toString();
  }

  private static String flatten(String s) {
    return s.indexOf('\n') < 0 ? s : CJK_SOURCE_BREAK.matcher(s).replaceAll("");
  }

  private static boolean inPre(TextNode t) {
    for (Node p = t.parentNode(); p instanceof Element e; p = p.parentNode()) {
      if (e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }
}

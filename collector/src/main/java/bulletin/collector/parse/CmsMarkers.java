package bulletin.collector.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The body as the content management systems of Chinese government sites mark it: TRS's
 * {@code TRS_Editor} (and {@code TRS_UEDITOR}), Hanweb's {@code #zoom}, UCAP's {@code
 * #UCAP-CONTENT}, and a start and an end marker around the article: {@code
 * <meta name="ContentStart">}…{@code <meta name="ContentEnd">} (Hanweb),
 * {@code <!--ContentStart-->}…{@code <!--ContentEnd-->}, {@code <!--ZJEG_RSS.content.begin-->}…,
 * {@code <!--<$[信息内容]>begin-->}… (TRS templates), {@code <!--正文开始-->}….
 */
final class CmsMarkers {
  private static final String ELEMENTS = ".TRS_Editor, .TRS_UEDITOR, .trs_editor_view, #zoom, #Zoom, #UCAP-CONTENT";
  private static final Pattern START = Pattern.compile(
      "^\\s*(content\\s*start|正文开始|zjeg_rss\\.content\\.begin|<\\$\\[信息内容]>\\s*begin)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern END = Pattern.compile(
      "^\\s*(content\\s*end|正文结束|zjeg_rss\\.content\\.end|<\\$\\[信息内容]>\\s*end)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** Below this many characters a marked block is a stub (a summary, an empty template slot). */
  private static final int MIN_TEXT = 20;

  private CmsMarkers() {}

  /** A marked body and how it was marked. */
  record Marked(Element body, String marker) {}

  /** The marked body with the most text, if any marker holds some. */
  static Optional<Marked> find(Document doc) {
    Marked best = null;
    int bestLength = MIN_TEXT - 1;
    for (Element e : doc.select(ELEMENTS)) {
      int length = e.text().length();
      if (length > bestLength) {
        best = new Marked(e, e.id().isEmpty() ? "div." + e.className().split("\\s+")[0] : "#" + e.id());
        bestLength = length;
      }
    }
    Optional<Marked> between = betweenMarkers(doc);
    if (between.isPresent() && between.get().body().text().length() > bestLength) {
      best = between.get();
    }
    return Optional.ofNullable(best);
  }

  /** The nodes between the first start marker and the end marker after it, copied into one element. */
  private static Optional<Marked> betweenMarkers(Document doc) {
    Node start = null;
    Node end = null;
    for (Node n : doc.body() == null ? List.<Node>of() : allNodes(doc.body())) {
      if (start == null && isMarker(n, START, "ContentStart")) {
        start = n;
      } else if (start != null && isMarker(n, END, "ContentEnd")) {
        end = n;
        break;
      }
    }
    if (end == null) {
      return Optional.empty();
    }
    Element holder = new Element("div");
    collect(doc.body(), start, end, holder, new boolean[2]);
    String how = start instanceof Comment c ? "<!--" + c.getData().strip() + "--> comments" : "ContentStart/ContentEnd metas";
    return Optional.of(new Marked(holder, how));
  }

  private static boolean isMarker(Node n, Pattern comment, String metaName) {
    if (n instanceof Comment c) {
      return comment.matcher(c.getData()).find();
    }
    return n instanceof Element e && e.normalName().equals("meta") && e.attr("name").equalsIgnoreCase(metaName);
  }

  private static List<Node> allNodes(Element root) {
    List<Node> nodes = new ArrayList<>();
    root.forEachNode(nodes::add);
    return nodes;
  }

  /**
   * Copies into {@code holder} the largest nodes lying wholly between the markers, in document
   * order. {@code state[0]}: past the start; {@code state[1]}: at the end.
   */
  private static void collect(Node node, Node start, Node end, Element holder, boolean[] state) {
    for (Node child : node.childNodes()) {
      if (state[1]) {
        return;
      }
      if (child == start) {
        state[0] = true;
      } else if (child == end) {
        state[1] = true;
      } else if (state[0] && !holds(child, end)) {
        holder.appendChild(child.clone());
      } else {
        collect(child, start, end, holder, state);
      }
    }
  }

  private static boolean holds(Node node, Node descendant) {
    for (Node p = descendant.parentNode(); p != null; p = p.parentNode()) {
      if (p == node) {
        return true;
      }
    }
    return false;
  }
}

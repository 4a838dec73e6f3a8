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
 * {@code TRS_Editor}, the {@code <!--ContentStart-->}…{@code <!--ContentEnd-->} comments (and
 * their Chinese 正文开始/正文结束 form), Hanweb's {@code #zoom}, UCAP's {@code #UCAP-CONTENT}.
 */
final class CmsMarkers {
  private static final String ELEMENTS = ".TRS_Editor, .trs_editor_view, #zoom, #Zoom, #UCAP-CONTENT";
  private static final Pattern START = Pattern.compile("^\\s*(content\\s*start|正文开始)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern END = Pattern.compile("^\\s*(content\\s*end|正文结束)\\s*$", Pattern.CASE_INSENSITIVE);
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
    Optional<Element> between = betweenComments(doc);
    if (between.isPresent() && between.get().text().length() > bestLength) {
      best = new Marked(between.get(), "<!--ContentStart--> comments");
    }
    return Optional.ofNullable(best);
  }

  /** The nodes between a ContentStart and a ContentEnd comment, moved into one element. */
  private static Optional<Element> betweenComments(Document doc) {
    Comment start = null;
    for (Element e : doc.getAllElements()) {
      for (Node child : e.childNodes()) {
        if (child instanceof Comment c) {
          if (start == null && START.matcher(c.getData()).find()) {
            start = c;
          } else if (start != null && END.matcher(c.getData()).find()) {
            return Optional.of(collect(start, c));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Element collect(Comment start, Comment end) {
    Element holder = new Element("div");
    if (start.parent() == end.parent()) {
      List<Node> nodes = new ArrayList<>();
      for (Node n = start.nextSibling(); n != null && n != end; n = n.nextSibling()) {
        nodes.add(n);
      }
      nodes.forEach(n -> holder.appendChild(n.clone()));
    } else if (start.parent() != null) {
      holder.appendChild(start.parent().clone()); // the end sits deeper or elsewhere: take the start's block
    }
    return holder;
  }
}

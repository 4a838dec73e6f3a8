package bulletin.collector.suggest;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A CSS selector (jsoup's dialect) that picks out one element of a page: its id, else a class only
 * it carries, else the path from the nearest such ancestor, each step numbered where siblings share
 * the tag.
 */
final class CssPaths {
  private static final Pattern NAME = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");

  private CssPaths() {}

  /** A selector that selects {@code e} and nothing else in {@code doc}. */
  static String of(Element e, Document doc) {
    if (e == doc.body() || e.parent() == null || e.normalName().equals("html")) {
      return e.normalName();
    }
    String tag = e.normalName();
    if (NAME.matcher(e.id()).matches() && selectsOnly(doc, tag + "#" + e.id(), e)) {
      return tag + "#" + e.id();
    }
    for (String c : e.classNames()) {
      if (NAME.matcher(c).matches() && selectsOnly(doc, tag + "." + c, e)) {
        return tag + "." + c;
      }
    }
    return of(e.parent(), doc) + " > " + step(e);
  }

  /** {@code e}'s step below its parent: its tag and first class, numbered when siblings share the tag. */
  static String step(Element e) {
    String tag = e.normalName();
    String cls = e.classNames().stream().filter(c -> NAME.matcher(c).matches()).findFirst().map(c -> "." + c)
        .orElse("");
    int sameTag = 0;
    int index = 0;
    for (Element sibling : e.parent().children()) {
      if (sibling.normalName().equals(tag)) {
        sameTag++;
        if (sibling == e) {
          index = sameTag;
        }
      }
    }
    return tag + cls + (sameTag > 1 ? ":nth-of-type(" + index + ")" : "");
  }

  /** Whether {@code name} can follow a '.' or '#' in a selector as it is. */
  static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  private static boolean selectsOnly(Document doc, String selector, Element e) {
    Elements found = doc.select(selector);
    return found.size() == 1 && found.get(0) == e;
  }
}

package bulletin.collector.suggest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's repeated structures: an element whose children of one tag are, most of them,
 * items holding one article link (two at most). A block of whole lists is not one: its children
 * hold many links each.
 */
final class RepeatedItems {
  /** Fewer items than this make a pair of links, not a list. */
  static final int MIN_ITEMS = 3;
  /** An item links its article, perhaps twice (picture and headline) and a second one; more make a block of lists. */
  private static final int MAX_LINKS = 4;
  private static final Set<String> NOT_ITEMS = Set.of("script", "style", "br", "hr", "noscript", "template");

  private RepeatedItems() {}

  /**
   * A container and its items: the children of one tag that hold an article link; and the lead
   * items, set apart above the repeat (a pinned first item in a template of its own).
   */
  record Group(Element container, String tag, List<Element> children, List<ListItem> items, List<ListItem> leads) {
    /** The lead items, then the repeated ones, as the page shows them. */
    List<ListItem> all() {
      List<ListItem> all = new ArrayList<>(leads);
      all.addAll(items);
      return all;
    }

    /** The share of items that show a date. */
    double datedShare() {
      List<ListItem> all = all();
      return all.isEmpty() ? 0 : all.stream().filter(i -> i.date().isPresent()).count() / (double) all.size();
    }

    Group withLeads(List<ListItem> found) {
      return new Group(container, tag, children, items, List.copyOf(found));
    }
  }

  /** Every repeated structure of the page, in page order. */
  static List<Group> in(Document doc, LocalDate today) {
    List<Group> groups = new ArrayList<>();
    if (doc.body() == null) {
      return groups;
    }
    ArticleAnchors anchors = ArticleAnchors.of(doc);
    for (Element container : doc.body().getAllElements()) {
      if (anchors.under(container) < MIN_ITEMS) {
        continue;
      }
      Map<String, List<Element>> byTag = new LinkedHashMap<>();
      for (Element child : container.children()) {
        if (!NOT_ITEMS.contains(child.normalName())) {
          byTag.computeIfAbsent(child.normalName(), t -> new ArrayList<>()).add(child);
        }
      }
      for (Map.Entry<String, List<Element>> e : byTag.entrySet()) {
        if (e.getValue().size() < MIN_ITEMS) {
          continue;
        }
        List<ListItem> items = new ArrayList<>();
        for (Element child : e.getValue()) {
          if (anchors.under(child) > 0 && anchors.under(child) <= MAX_LINKS) {
            item(child, anchors, today).ifPresent(items::add);
          }
        }
        if (items.size() >= MIN_ITEMS && items.size() * 2 >= e.getValue().size()) {
          groups.add(new Group(container, e.getKey(), e.getValue(), items, List.of()));
        }
      }
    }
    return groups;
  }

  /** The child as a list item: its first article link, when it holds one or two distinct articles. */
  private static Optional<ListItem> item(Element child, ArticleAnchors anchors, LocalDate today) {
    Set<URI> articles = new LinkedHashSet<>();
    Element first = null;
    for (Element a : child.select("a[href]")) {
      Optional<URI> url = anchors.of(a);
      if (url.isPresent()) {
        articles.add(url.get());
        first = first == null ? a : first;
      }
    }
    if (first == null || articles.size() > 2) {
      return Optional.empty();
    }
    URI url = articles.iterator().next();
    return Optional.of(ListItem.of(child, first, url, ShownDate.in(child, first, today)));
  }
}

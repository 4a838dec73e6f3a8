package bulletin.collector.suggest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Items a list shows above its repeat, in markup of their own: portals write the first, pinned item
 * from a header template ({@code td.tztg_tit} above rows of {@code td.tztg_tit02}). Such an item lies
 * in the list's own block, before the container, and shows a date.
 */
final class LeadItems {
  private LeadItems() {}

  static RepeatedItems.Group add(RepeatedItems.Group group, List<RepeatedItems.Group> lists, LocalDate today) {
    List<Element> blocks = OwnBlock.of(group, lists);
    Element block = blocks.get(blocks.size() - 1);
    if (block == group.container()) {
      return group;
    }
    Set<URI> seen = new HashSet<>();
    group.items().forEach(i -> seen.add(i.url()));
    List<ListItem> leads = new ArrayList<>();
    for (Element a : block.select("a[href]")) {
      Optional<URI> url = ArticleLinks.articleUrl(a);
      if (url.isEmpty() || seen.contains(url.get()) || !precedes(a, group.container())) {
        continue;
      }
      Element record = a;
      while (record.parent() != null && record.parent() != block && !holds(record.parent(), group.container())) {
        record = record.parent();
      }
      Optional<ShownDate> date = ShownDate.in(record, a, today);
      if (date.isPresent() && seen.add(url.get())) {
        leads.add(ListItem.of(record, a, url.get(), date));
      }
    }
    return leads.isEmpty() ? group : group.withLeads(leads);
  }

  private static boolean holds(Element e, Element inner) {
    return e == inner || inner.parents().contains(e);
  }

  /** Whether {@code a} comes before {@code container} in the page and outside it. */
  private static boolean precedes(Element a, Element container) {
    if (holds(container, a)) {
      return false;
    }
    for (Element e = a; e.parent() != null; e = e.parent()) {
      if (holds(e.parent(), container)) {
        int ia = e.elementSiblingIndex();
        Element c = container;
        while (c.parent() != e.parent()) {
          c = c.parent();
        }
        return ia < c.elementSiblingIndex();
      }
    }
    return false;
  }
}

package bulletin.collector.suggest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The blocks that hold a list and nothing else of the kind: its container and the ancestors above
 * it up to the last one holding no other list and at most {@link #EXTRA_LINKS} article links of its
 * own. A column's heading and its pinned first item lie within, or just before, these blocks.
 */
final class OwnBlock {
  /** A column's block may add this many articles to its list's: a pinned item, a picture's caption. */
  static final int EXTRA_LINKS = 2;
  private static final int MAX_LEVELS = 30;

  private OwnBlock() {}

  /** The container first, then each ancestor that is still the list's own block. */
  static List<Element> of(RepeatedItems.Group group, List<RepeatedItems.Group> lists) {
    Set<URI> own = new HashSet<>();
    group.items().forEach(i -> own.add(i.url()));
    List<Element> blocks = new ArrayList<>();
    Element level = group.container();
    blocks.add(level);
    for (int k = 0; k < MAX_LEVELS && level.parent() != null && !level.parent().normalName().equals("body"); k++) {
      Element parent = level.parent();
      if (holdsOtherLists(parent, group, lists) || extraArticles(parent, own) > EXTRA_LINKS) {
        break;
      }
      blocks.add(parent);
      level = parent;
    }
    return blocks;
  }

  private static int extraArticles(Element block, Set<URI> own) {
    Set<URI> extra = new HashSet<>();
    for (Element a : block.select("a[href]")) {
      ArticleLinks.articleUrl(a).filter(u -> !own.contains(u)).ifPresent(extra::add);
    }
    return extra.size();
  }

  private static boolean holdsOtherLists(Element block, RepeatedItems.Group group, List<RepeatedItems.Group> lists) {
    for (RepeatedItems.Group other : lists) {
      if (other.container() == group.container() || other.items().isEmpty()) {
        continue;
      }
      boolean inside = other.container() == block || other.container().parents().contains(block);
      boolean nested = group.container().parents().contains(other.container())
          || other.container().parents().contains(group.container());
      if (inside && !nested) {
        return true;
      }
    }
    return false;
  }
}

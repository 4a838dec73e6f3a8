package bulletin.collector.suggest;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * One item of a list as the page shows it: the element, its article link, the headline and the
 * element that shows it (the link, or a part of it when the link holds the date too), and the date.
 */
record ListItem(Element element, Element link, URI url, String title, Element titleHolder, Optional<ShownDate> date) {

  /** The item around {@code link}; when the date lies inside the link, the headline is the link's longest part. */
  static ListItem of(Element element, Element link, URI url, Optional<ShownDate> date) {
    if (date.isEmpty() || !date.get().inside(link) || !link.attr("title").isBlank()) {
      return new ListItem(element, link, url, ArticleLinks.title(link), link, date);
    }
    Element best = link;
    int bestLength = 0;
    for (Element e : link.getAllElements()) {
      boolean holdsDate = e == date.get().holder() || date.get().holder().parents().contains(e);
      if (!holdsDate && e.ownText().strip().length() > bestLength) {
        best = e;
        bestLength = e.ownText().strip().length();
      }
    }
    return new ListItem(element, link, url, best == link ? ArticleLinks.title(link) : best.text().strip(), best, date);
  }
}

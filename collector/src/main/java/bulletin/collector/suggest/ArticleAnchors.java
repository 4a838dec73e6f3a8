package bulletin.collector.suggest;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's article links, each read once, and how many lie under each element: list finding asks often. */
final class ArticleAnchors {
  private final Map<Element, URI> articles = new IdentityHashMap<>();
  private final Map<Element, Integer> counts = new IdentityHashMap<>();

  private ArticleAnchors() {}

  static ArticleAnchors of(Document doc) {
    ArticleAnchors anchors = new ArticleAnchors();
    for (Element a : doc.select("a[href]")) {
      Optional<URI> url = ArticleLinks.articleUrl(a);
      if (url.isPresent()) {
        anchors.articles.put(a, url.get());
        for (Element e = a; e != null; e = e.parent()) {
          anchors.counts.merge(e, 1, Integer::sum);
        }
      }
    }
    return anchors;
  }

  /** The article {@code a} links to, if it is an article link. */
  Optional<URI> of(Element a) {
    return Optional.ofNullable(articles.get(a));
  }

  /** How many article links lie in {@code e}, itself included. */
  int under(Element e) {
    return counts.getOrDefault(e, 0);
  }
}

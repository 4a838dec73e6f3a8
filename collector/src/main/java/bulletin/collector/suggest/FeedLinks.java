package bulletin.collector.suggest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The RSS and Atom feeds a page links to: {@code <link rel="alternate" type="application/rss+xml">}, RSS buttons, .xml links. */
final class FeedLinks {
  private static final Pattern FEED_HREF = Pattern.compile("(?i)(\\.rss|\\.xml|/rss/?|/feed/?|/atom/?|[?&]format=(rss|atom))$");
  private static final Pattern FEED_TEXT = Pattern.compile("(?i)^\\s*(rss|atom|订阅)");

  private FeedLinks() {}

  static List<String> in(Document doc) {
    Set<String> feeds = new LinkedHashSet<>();
    for (Element l : doc.select("link[href][type]")) {
      String type = l.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (type.contains("rss") || type.contains("atom")) {
        feeds.add(l.absUrl("href"));
      }
    }
    for (Element a : doc.select("a[href]")) {
      String href = a.absUrl("href");
      boolean rssImage = a.select("img[src~=(?i)rss], img[alt~=(?i)rss]").size() > 0;
      if (href.startsWith("http") && (FEED_HREF.matcher(href).find() || FEED_TEXT.matcher(a.text()).find() || rssImage)) {
        feeds.add(href);
      }
    }
    return List.copyOf(feeds);
  }
}

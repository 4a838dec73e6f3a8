package bulletin.collector.suggest;

import bulletin.collector.parse.Hrefs;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells an article's link from a menu's, a column's or a site's: an article's URL names a page
 * (often by a number or a date: {@code t20210310_173163.html}, {@code c6089283/content.html},
 * {@code info73470.htm}, {@code ?id=15455}) and its text reads as a headline, not a two-word menu.
 */
final class ArticleLinks {
  /** Headlines have at least this many letters or digits; menus and tabs (工作动态) fewer. */
  static final int MIN_TITLE = 6;
  private static final Pattern NUMBER = Pattern.compile("\\d{3,}");
  private static final Pattern COLUMN_PAGE = Pattern.compile(
      "(?i)^(index|default|list|more|main|home)([_@-]\\d+)?\\.(s?html?|jsp|php|aspx?|do)$");
  private static final Pattern PAGE = Pattern.compile("(?i)\\.(s?html?|jsp|php|aspx?|do|action)$");

  private ArticleLinks() {}

  /** The article the link points to, when it points to one. */
  static Optional<URI> articleUrl(Element a) {
    String href = a.attr("href").strip();
    if (href.isEmpty() || href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, 11)
        || href.regionMatches(true, 0, "mailto:", 0, 7) || letters(title(a)) < MIN_TITLE) {
      return Optional.empty();
    }
    Optional<URI> address = Hrefs.uri(a.absUrl("href"));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    URI url = address.get();
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      return Optional.empty();
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    String query = url.getRawQuery() == null ? "" : url.getRawQuery();
    if (last.isEmpty() && query.isEmpty() || COLUMN_PAGE.matcher(last).matches() && !NUMBER.matcher(query).find()) {
      return Optional.empty(); // a site's or a column's own page
    }
    boolean numbered = NUMBER.matcher(path).find() || NUMBER.matcher(query).find();
    boolean page = PAGE.matcher(last).find();
    return numbered || page && letters(title(a)) >= 10 ? Optional.of(url) : Optional.empty();
  }

  /** The headline a link shows: its title attribute, which lists fill when they cut the text short, else its text. */
  static String title(Element a) {
    String attr = a.attr("title").strip();
    return attr.isEmpty() ? a.text().strip() : attr;
  }

  /** How many letters and digits {@code s} holds: a headline's length without its spaces and punctuation. */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}

package bulletin.collector.suggest;

import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a page is an article rather than a list page: the collector's own extractor (CMS markers,
 * then scoring) finds a body of prose there, several hundred characters in sentences, and longer than
 * all the headlines of the page's dated lists together (a homepage's welcome text is not). The lists
 * on such a page are related news and the like.
 */
final class ArticlePages {
  /** At least this many characters of text… */
  static final int MIN_TEXT = 300;
  /** …written in at least this many sentences. */
  static final int MIN_SENTENCES = 4;

  private ArticlePages() {}

  /** "N characters in SENTENCES sentences, found by PATH (WHERE)" when the page reads as an article. */
  static Optional<String> reading(String html, URI url, LocalDate today, int listHeadlines) {
    Article a = ArticleExtractor.extract(html, url, new ArticleSelectors(null, null, null), null, Optional.empty(),
        today);
    if (a.foundIn().startsWith("the whole page")) {
      return Optional.empty();
    }
    int sentences = 0;
    for (int i = 0; i < a.text().length(); i++) {
      char c = a.text().charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        sentences++;
      }
    }
    return a.text().length() >= MIN_TEXT && sentences >= MIN_SENTENCES && a.text().length() > listHeadlines
        ? Optional.of(a.text().length() + " characters in " + sentences + " sentences, found by " + a.path().label()
            + " in " + a.foundIn())
        : Optional.empty();
  }
}

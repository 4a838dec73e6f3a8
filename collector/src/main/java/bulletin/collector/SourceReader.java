package bulletin.collector;

import bulletin.collector.fetch.FetchException;
import bulletin.collector.fetch.FetchedPage;
import bulletin.collector.fetch.Fetcher;
import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.parse.ListEntry;
import bulletin.collector.parse.ListPage;
import bulletin.collector.parse.ListPageParser;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.CanonicalUrl;
import bulletin.collector.source.SourceDefinition;
import bulletin.common.record.Announcement;
import bulletin.common.record.PublishedAt;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads one source: its list pages, then the article of every entry not yet seen. Problems do not
 * stop the read; each is kept, naming the URL or selector, for the source's health record.
 */
public final class SourceReader {
  private final Fetcher fetcher;
  private final Clock clock;
  private final int maxArticles;

  public SourceReader(Fetcher fetcher, Clock clock, int maxArticles) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.maxArticles = maxArticles;
  }

  /**
   * What one read of a source found.
   *
   * @param listed entries found on the list pages
   * @param items announcements for entries not seen before
   * @param problems what went wrong, each naming where
   */
  public record Result(SourceDefinition source, List<ListEntry> listed, List<Announcement> items,
      int articlesFailed, List<String> problems) {}

  /** Reads {@code source}; {@code alreadySeen} tells which item ids need no fetch. */
  public Result read(SourceDefinition source, Predicate<String> alreadySeen) {
    LocalDate today = LocalDate.now(clock.withZone(PublishedAt.ZONE));
    List<ListEntry> listed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String listUrl : source.listUrls()) {
      try {
        FetchedPage page = fetcher.fetch(URI.create(listUrl), source.allowPrivate());
        String html = PageDecoder.decode(page.url(), page.body(), page.contentType(),
            Optional.ofNullable(source.charset()));
        ListPage list = ListPageParser.parse(html, page.url(), source.list(), today);
        if (list.itemsMatched() == 0) {
          problems.add(listUrl + ": list.item selector '" + source.list().item() + "' matched nothing");
        } else if (list.entries().isEmpty()) {
          problems.add(listUrl + ": list.link selector '" + source.list().link() + "' found no link in "
              + list.itemsMatched() + " items");
        }
        listed.addAll(list.entries());
      } catch (FetchException | PageDecoder.DecodeException e) {
        problems.add(e.getMessage());
      }
    }
    List<Announcement> items = new ArrayList<>();
    int failed = 0;
    for (ListEntry entry : listed) {
      String canonical = CanonicalUrl.of(entry.url());
      String id = CanonicalUrl.itemId(canonical);
      if (alreadySeen.test(id)) {
        continue;
      }
      if (items.size() + failed >= maxArticles) {
        break;
      }
      try {
        items.add(readArticle(source, entry, canonical, id, today));
      } catch (FetchException | PageDecoder.DecodeException | UnusableArticleException e) {
        failed++;
        problems.add(e.getMessage());
      }
    }
    return new Result(source, listed, items, failed, problems);
  }

  private Announcement readArticle(SourceDefinition source, ListEntry entry, String canonical,
      String id, LocalDate today) throws FetchException, PageDecoder.DecodeException, UnusableArticleException {
    FetchedPage page = fetcher.fetch(entry.url(), source.allowPrivate());
    String html = PageDecoder.decode(page.url(), page.body(), page.contentType(),
        Optional.ofNullable(source.charset()));
    Article article = ArticleExtractor.extract(html, page.url(), source.article(), entry.title(),
        entry.date(), today);
    LocalDate published = article.publishedAt().orElseThrow(() -> new UnusableArticleException(
        entry.url() + ": no publication date on the list (list.date '" + source.list().date()
            + "') or the article (article.date '" + source.article().date() + "')"));
    if (article.text().isBlank()) {
      throw new UnusableArticleException(entry.url() + ": no article text found (article.body '"
          + source.article().body() + "')");
    }
    return new Announcement(Announcement.SCHEMA, id, canonical, source.id(), source.name(),
        source.level(), article.title(), published.toString(), Instant.now(clock), article.text(),
        article.attachments(), CanonicalUrl.contentHash(article.title() + "\n" + article.text()), 1,
        source.sectionHint());
  }

  /** An article page that was fetched but gives no usable item. */
  static final class UnusableArticleException extends Exception {
    UnusableArticleException(String message) {
      super(message);
    }
  }
}

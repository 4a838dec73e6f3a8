package bulletin.collector;

import bulletin.collector.fetch.FetchException;
import bulletin.collector.fetch.FetchedPage;
import bulletin.collector.fetch.Fetcher;
import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.parse.DecodedPage;
import bulletin.collector.parse.ExtractionPath;
import bulletin.collector.parse.FeedParser;
import bulletin.collector.parse.ListEntry;
import bulletin.collector.parse.ListPage;
import bulletin.collector.parse.ListPageParser;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.CanonicalUrl;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.state.SeenItems;
import bulletin.common.record.Announcement;
import bulletin.common.record.PublishedAt;
import bulletin.common.record.SeenItem;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one source: its list pages (conditionally, when the last read was clean), then the article
 * of every entry not seen before, and again those of recent entries, to catch articles edited
 * after publication. Problems do not stop the read; each is kept, naming the URL or selector, for
 * the source's health record.
 */
public final class SourceReader {
  private final Fetcher fetcher;
  private final Clock clock;
  private final int maxArticles;
  private final int recheckDays;
  private final Duration budget;

  /**
   * @param maxArticles at most this many article fetches per read
   * @param recheckDays seen articles listed with a date this recent are fetched again (conditionally)
   * @param budget no article fetch starts once a read has taken this long: a site that stalls on
   *     every article cannot hold the instance's other sources for long
   */
  public SourceReader(Fetcher fetcher, Clock clock, int maxArticles, int recheckDays, Duration budget) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.maxArticles = maxArticles;
    this.recheckDays = recheckDays;
    this.budget = budget;
  }

  /** An item to emit with the validators its page came with. */
  public record Emit(Announcement announcement, String etag, String lastModified) {
    SeenItem seen(Instant at) {
      return new SeenItem(1, announcement.id(), announcement.url(), announcement.contentHash(),
          announcement.revision(), at, etag, lastModified);
    }
  }

  /**
   * What one read of a source found.
   *
   * @param listPages list pages to remember with their validators (only when the read was clean)
   * @param warnings pages read in another charset than they declare, articles whose body selector
   *     gave no text
   */
  public record Result(SourceDefinition source, boolean listUnchanged, int itemsMatched, List<ListEntry> listed,
      int datesParsed, List<Emit> emits, int articlesFailed, List<SeenItem> listPages, List<String> problems,
      List<String> warnings) {

    public long newItems() {
      return emits.stream().filter(e -> e.announcement().revision() == 1).count();
    }

    public long revisions() {
      return emits.size() - newItems();
    }
  }

  /** Reads {@code source}; {@code seen} says what was emitted before and with which validators. */
  public Result read(SourceDefinition source, SeenItems seen) {
    long deadline = System.nanoTime() + budget.toNanos();
    LocalDate today = LocalDate.now(clock.withZone(PublishedAt.ZONE));
    Instant now = Instant.now(clock);
    List<ListEntry> listed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<SeenItem> listPages = new ArrayList<>();
    int matched = 0;
    int unchanged = 0;
    int pages = 0;
    for (String listUrl : source.listUrls()) {
      URI first = URI.create(listUrl);
      URI pageUrl = first;
      for (int page = 1; page <= source.listPages() && pageUrl != null; page++) {
        pages++;
        String canonical = CanonicalUrl.of(pageUrl);
        String listId = CanonicalUrl.itemId(canonical);
        URI next = null;
        try {
          FetchedPage fetched = fetcher.fetch(pageUrl, source.allowPrivate(), seen.get(listId));
          if (fetched.notModified()) {
            unchanged++;
          } else {
            DecodedPage decoded = PageDecoder.read(fetched.url(), fetched.body(), fetched.contentType(),
                Optional.ofNullable(source.charset()));
            decoded.warning().ifPresent(warnings::add);
            String text = decoded.text();
            ListPage list = source.kind().equals(SourceDefinition.FEED)
                ? FeedParser.parse(text, fetched.url(), today)
                : ListPageParser.parse(text, fetched.url(), source.list(), source.datePattern(), today);
            matched += list.itemsMatched();
            if (list.itemsMatched() == 0) {
              problems.add(pageUrl + ": " + (source.kind().equals(SourceDefinition.FEED) ? "the feed has no item or entry"
                  : "list.item selector '" + source.list().item() + "' matched nothing"));
            } else if (list.entries().isEmpty()) {
              problems.add(pageUrl + ": " + (source.kind().equals(SourceDefinition.FEED) ? "no feed item has a link and a title"
                  : "list.link selector '" + source.list().link() + "' found no link in " + list.itemsMatched() + " items"));
            }
            listed.addAll(list.entries());
            listPages.add(new SeenItem(1, listId, canonical, "", 0, now, fetched.etag(), fetched.lastModified()));
            if (source.nextPage() != null && !source.nextPage().isBlank()) {
              next = ListPageParser.nextPage(text, fetched.url(), source.nextPage()).orElse(null);
            }
          }
        } catch (FetchException | PageDecoder.DecodeException e) {
          problems.add(e.getMessage());
        }
        pageUrl = source.pageUrl(first, page + 1).orElse(next);
      }
    }
    int datesParsed = (int) listed.stream().filter(e -> e.date().isPresent()).count();

    List<Emit> emits = new ArrayList<>();
    int failed = 0;
    int fetches = 0;
    List<ListEntry> toRead = listed.stream().filter(entry -> {
      Optional<SeenItem> earlier = seen.get(CanonicalUrl.itemId(CanonicalUrl.of(entry.url())));
      return earlier.isEmpty() || recent(entry, today);
    }).limit(maxArticles).toList();
    for (ListEntry entry : toRead) {
      String canonical = CanonicalUrl.of(entry.url());
      String id = CanonicalUrl.itemId(canonical);
      Optional<SeenItem> earlier = seen.get(id);
      if (System.nanoTime() - deadline > 0) {
        problems.add("the poll stopped at its time budget of "
            + (budget.toMillis() < 1000 ? budget.toMillis() + " ms" : HealthLine.age(budget)) + " (poll.budget) with "
            + (toRead.size() - fetches) + " of " + toRead.size() + " articles unread: they are read next poll");
        break;
      }
      fetches++;
      try {
        readArticle(source, entry, canonical, id, today, now, earlier, warnings).ifPresent(emits::add);
      } catch (FetchException | PageDecoder.DecodeException | UnusableArticleException e) {
        failed++;
        problems.add(e.getMessage());
      }
    }
    boolean clean = problems.isEmpty();
    return new Result(source, unchanged == pages, matched, listed, datesParsed, emits, failed,
        clean ? listPages : List.of(), problems, warnings);
  }

  private boolean recent(ListEntry entry, LocalDate today) {
    return recheckDays > 0 && entry.date().map(d -> !d.isBefore(today.minusDays(recheckDays))).orElse(false);
  }

  /** The article as an item to emit: a new item, a new revision, or nothing when unchanged. */
  private Optional<Emit> readArticle(SourceDefinition source, ListEntry entry, String canonical, String id,
      LocalDate today, Instant now, Optional<SeenItem> earlier, List<String> warnings)
      throws FetchException, PageDecoder.DecodeException, UnusableArticleException {
    FetchedPage page = fetcher.fetch(entry.url(), source.allowPrivate(), earlier);
    if (page.notModified()) {
      return Optional.empty();
    }
    DecodedPage decoded = PageDecoder.read(page.url(), page.body(), page.contentType(),
        Optional.ofNullable(source.charset()));
    decoded.warning().ifPresent(warnings::add);
    Article article = ArticleExtractor.extract(decoded.text(), page.url(), source.article(), entry.title(),
        entry.date(), today);
    LocalDate published = article.publishedAt().orElseThrow(() -> new UnusableArticleException(
        entry.url() + ": no publication date on the list (" + (source.list() == null ? "the feed's date"
            : "list.date '" + source.list().date() + "'") + ") or the article (article.date '" + source.article().date()
            + "')"));
    // A page without text is a problem; a warning about its selector would only repeat it.
    if (article.text().isBlank()) {
      throw new UnusableArticleException(entry.url() + ": no article text found (article.body '"
          + source.article().body() + "')");
    }
    String bodySelector = source.article().body();
    if (bodySelector != null && !bodySelector.isBlank() && article.path() != ExtractionPath.SELECTOR) {
      warnings.add(entry.url() + ": article.body selector '" + bodySelector + "' gave no text; the body was found by "
          + article.path().label() + " (" + article.foundIn() + "): the article markup may have changed");
    }
    if (endsInsideATag(decoded.text())) {
      warnings.add(entry.url() + ": the page ends inside a tag after " + page.body().length + " bytes: it may be cut "
          + "off; its text was taken as far as it goes");
    }
    String hash = CanonicalUrl.contentHash(article.title() + "\n" + article.text());
    if (earlier.isPresent() && earlier.get().contentHash().equals(hash)) {
      return Optional.empty();
    }
    int revision = earlier.map(s -> s.revision() + 1).orElse(1);
    Announcement a = new Announcement(Announcement.SCHEMA, id, canonical, source.id(), source.name(),
        source.level(), article.title(), published.toString(), now, article.text(),
        article.attachments(), hash, revision, source.sectionHint());
    return Optional.of(new Emit(a, page.etag(), page.lastModified()));
  }

  /** A page whose last tag has no '>': the site sent less than the page (a Content-Length cannot say so). */
  static boolean endsInsideATag(String html) {
    return html.lastIndexOf('<') > html.lastIndexOf('>');
  }

  /** An article page that was fetched but gives no usable item. */
  static final class UnusableArticleException extends Exception {
    UnusableArticleException(String message) {
      super(message);
    }
  }
}

package bulletin.collector.suggest;

import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.parse.ChineseDates;
import bulletin.collector.parse.ExtractionPath;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What decides a list's first article, read as the collector reads it with no {@code article.*}
 * keys: where its title, date and body come from, and the selectors a source would need only
 * where that detection falls short (a title the list cuts short, a date the page hides).
 */
public record ArticleReading(Article article, String titleFrom, String dateFrom, String bodyFrom,
    ArticleSelectors adds) {
  private static final Pattern CUT_SHORT = Pattern.compile("(\\.{2,}|…+)$");
  private static final List<String> DATE_METAS = List.of("PubDate", "publishdate", "pubdate", "ArticlePubDate",
      "article:published_time", "firstpublishedtime", "publish_time", "pubtime", "datePublished");

  /** Reads the article at {@code url} the list names with {@code listTitle} and {@code listDate}. */
  public static ArticleReading of(String html, URI url, String listTitle, Optional<LocalDate> listDate,
      LocalDate today) {
    Document doc = Jsoup.parse(html, url.toString());
    String titleSelector = null;
    String titleFrom;
    if (!doc.select("meta[name=ArticleTitle]").attr("content").isBlank()) {
      titleFrom = "the page's ArticleTitle meta";
    } else if (CUT_SHORT.matcher(listTitle).find()) {
      Optional<Element> full = heading(doc, CUT_SHORT.matcher(listTitle).replaceFirst(""));
      titleSelector = full.map(h -> CssPaths.of(h, doc)).orElse(null);
      titleFrom = full.isPresent() ? "article.title \"" + titleSelector + "\", since the list cuts titles short"
          : "the list's headline, cut short: no heading on the page gives it whole";
    } else {
      titleFrom = "the list's headline" + heading(doc, listTitle).map(h -> " (the page's " + CssPaths.of(h, doc)
          + " reads the same)").orElse("");
    }
    ArticleSelectors withTitle = new ArticleSelectors(titleSelector, null, null);
    Article a = ArticleExtractor.extract(html, url, withTitle, listTitle, listDate, today);
    String dateSelector = null;
    String dateFrom;
    if (a.publishedAt().isEmpty()) {
      Optional<Element> holder = dateHolder(doc, Optional.empty(), today);
      dateSelector = holder.map(h -> CssPaths.of(h, doc)).orElse(null);
      dateFrom = holder.isPresent() ? "article.date \"" + dateSelector + "\"" : "nothing: the page shows no date";
    } else {
      dateFrom = dateSource(doc, url, a.publishedAt().get(), listDate, today);
    }
    Article read = dateSelector == null ? a
        : ArticleExtractor.extract(html, url, new ArticleSelectors(titleSelector, dateSelector, null), listTitle,
            listDate, today);
    String bodyFrom = read.text().length() + " characters, found by " + read.path().label() + " (" + read.foundIn()
        + ")" + (read.path() == ExtractionPath.SCORING ? "" : ": no article.body needed");
    return new ArticleReading(read, titleFrom, dateFrom, bodyFrom, new ArticleSelectors(titleSelector, dateSelector, null));
  }

  /** Whether the reading adds any {@code article.*} selector. */
  public boolean addsSelectors() {
    return Stream.of(adds.title(), adds.date(), adds.body()).anyMatch(java.util.Objects::nonNull);
  }

  /** Where the page states {@code date}: a date meta tag, the URL, a line of the page, else only the list. */
  private static String dateSource(Document doc, URI url, LocalDate date, Optional<LocalDate> listDate, LocalDate today) {
    for (String name : DATE_METAS) {
      Element meta = doc.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
      if (meta != null && ChineseDates.inText(meta.attr("content"), today).filter(date::equals).isPresent()) {
        return "the page's " + name + " meta";
      }
    }
    if (ChineseDates.inUrl(url.toString(), today).filter(date::equals).isPresent()) {
      return "the article's URL";
    }
    Optional<Element> holder = dateHolder(doc, Optional.of(date), today);
    if (holder.isPresent()) {
      return "the page's line \"" + holder.get().ownText().strip() + "\" (" + CssPaths.of(holder.get(), doc) + ")";
    }
    return listDate.filter(date::equals).isPresent() ? "the list's date (the page states none)" : "the page's text";
  }

  /** The first short text that states a date (the one given, when given), as a page's 发布时间 line does. */
  private static Optional<Element> dateHolder(Document doc, Optional<LocalDate> date, LocalDate today) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    for (Element e : doc.body().getAllElements()) {
      String own = e.ownText().strip();
      if (own.isEmpty() || own.length() > 80) {
        continue;
      }
      Optional<LocalDate> d = ChineseDates.inText(own, today);
      if (d.isPresent() && date.map(d.get()::equals).orElse(true)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The heading (h1–h3, or an element whose class says title) whose text begins with {@code start}. */
  private static Optional<Element> heading(Document doc, String start) {
    String s = start.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    for (Element h : doc.select("h1, h2, h3, [class*=title], [id*=title], [class*=tit]")) {
      String text = h.text().strip();
      if (text.startsWith(s) && text.length() < s.length() + 200 && h.select("p").size() < 2) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}

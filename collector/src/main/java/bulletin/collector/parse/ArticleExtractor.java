package bulletin.collector.parse;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.common.record.Attachment;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's title, date, text and attachments. The body is found by the first of
 * three paths that yields text: the source's {@code article.body} selector, a CMS family's marker
 * ({@link CmsMarkers}), and the scoring extractor ({@link ContentScorer}); failing all three, the
 * page's text less its boilerplate, so that a page with an article never gives empty text.
 */
public final class ArticleExtractor {
  private static final Pattern ATTACHMENT = Pattern.compile(
      "\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_LINE = Pattern.compile("(发布时间|发布日期|发文日期|时间|日期)[:：]?\\s*");
  private static final List<String> DATE_METAS = List.of("PubDate", "publishdate", "firstpublishedtime",
      "pubdate", "article:published_time", "ArticlePubDate", "og:release_date", "publish_time", "pubtime",
      "datePublished");
  /** A date with a time of day, 2019-09-07 09:59 or 2019年9月7日 09:59: a page's publication stamp. */
  private static final Pattern STAMP = Pattern.compile(
      "(20\\d\\d|19\\d\\d)\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?\\s*\\d{1,2}:\\d{2}");

  private ArticleExtractor() {}

  /**
   * Extracts an article.
   *
   * @param listTitle the title the list page gave, used when the article has none of its own
   * @param listDate the date the list page gave, used when the article has none
   */
  public static Article extract(String html, URI url, ArticleSelectors selectors, String listTitle,
      Optional<LocalDate> listDate, LocalDate today) {
    Document doc = Jsoup.parse(html, url.toString());
    String title = title(doc, selectors, listTitle);
    Optional<LocalDate> date = date(doc, selectors, url, today).or(() -> listDate);
    Optional<String> origin = Optional.ofNullable(doc.selectFirst("meta[name=ContentSource]"))
        .map(m -> m.attr("content").strip()).filter(o -> !o.isEmpty());

    Optional<Element> selected = selected(doc, selectors.body());
    if (selected.isPresent()) {
      String text = ArticleText.of(selected.get(), title);
      if (!text.isEmpty()) {
        return new Article(title, date, text, attachments(selected.get(), url), origin, ExtractionPath.SELECTOR,
            selectors.body());
      }
    }
    Optional<CmsMarkers.Marked> marked = CmsMarkers.find(doc);
    if (marked.isPresent()) {
      Element body = marked.get().body().clone();
      Boilerplate.removeFrom(body);
      String text = ArticleText.of(body, title);
      if (!text.isEmpty()) {
        return new Article(title, date, text, attachments(body, url), origin, ExtractionPath.CMS_MARKER,
            marked.get().marker());
      }
    }
    Optional<ContentScorer.Found> found = ContentScorer.find(doc);
    if (found.isPresent()) {
      String text = ArticleText.of(found.get().content(), title);
      if (!text.isEmpty()) {
        return new Article(title, date, text, attachments(found.get().content(), url), origin,
            ExtractionPath.SCORING, found.get().candidate());
      }
    }
    Element whole = doc.body() == null ? doc : doc.body().clone();
    whole.select("script, style, noscript, template").remove();
    Boilerplate.removeFrom(whole);
    return new Article(title, date, ArticleText.of(whole, title), attachments(whole, url), origin,
        ExtractionPath.SCORING, "the whole page (no block scored)");
  }

  private static String title(Document doc, ArticleSelectors s, String listTitle) {
    Optional<String> fromSelector = selected(doc, s.title()).map(e -> e.text().strip()).filter(t -> !t.isEmpty());
    if (fromSelector.isPresent()) {
      return fromSelector.get();
    }
    String meta = doc.select("meta[name=ArticleTitle]").attr("content").strip();
    if (!meta.isEmpty()) {
      return meta;
    }
    if (listTitle != null && !listTitle.isBlank()) {
      return listTitle.strip();
    }
    String og = doc.select("meta[property=og:title]").attr("content").strip();
    if (!og.isEmpty()) {
      return og;
    }
    // The page's <title> is "headline - section - site"; the heading it repeats is the headline,
    // not the site's logo in an <h1>.
    String pageTitle = doc.title().strip();
    String headline = "";
    for (Element h : doc.select("h1, h2, h3")) {
      String text = h.text().strip();
      if (text.length() > headline.length() && text.length() >= 4 && pageTitle.contains(text)) {
        headline = text;
      }
    }
    if (!headline.isEmpty()) {
      return headline;
    }
    Element h1 = doc.selectFirst("h1");
    return h1 != null && !h1.text().isBlank() ? h1.text().strip() : pageTitle.split("[-_|]")[0].strip();
  }

  private static Optional<LocalDate> date(Document doc, ArticleSelectors s, URI url, LocalDate today) {
    Optional<LocalDate> d = selected(doc, s.date()).flatMap(e -> ChineseDates.inText(e.text(), today));
    if (d.isPresent()) {
      return d;
    }
    Map<String, String> metas = new HashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content");
      for (String key : List.of("name", "property", "itemprop")) {
        if (meta.hasAttr(key)) {
          metas.putIfAbsent(meta.attr(key), content);
        }
      }
    }
    for (String name : DATE_METAS) {
      String content = metas.get(name);
      if (content != null) {
        d = ChineseDates.inText(content, today);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    d = ChineseDates.inUrl(url.toString(), today);
    if (d.isPresent()) {
      return d;
    }
    // 发布时间：2021-03-17 in the page's meta line
    String text = doc.body() == null ? "" : doc.body().text();
    var m = PUBLISHED_LINE.matcher(text);
    while (m.find()) {
      d = ChineseDates.inText(text.substring(m.end(), Math.min(text.length(), m.end() + 24)), today);
      if (d.isPresent()) {
        return d;
      }
    }
    var stamp = STAMP.matcher(text);
    return stamp.find() ? ChineseDates.inText(stamp.group(), today) : Optional.empty();
  }

  private static Optional<Element> selected(Document doc, String selector) {
    return selector == null || selector.isBlank() ? Optional.empty() : Optional.ofNullable(doc.selectFirst(selector));
  }

  private static List<Attachment> attachments(Element scope, URI url) {
    Map<String, Attachment> found = new LinkedHashMap<>();
    for (Element a : scope.select("a[href]")) {
      String href = absolute(url, a.attr("href").strip());
      if (href == null) {
        continue;
      }
      String path = href.replaceFirst("[?#].*$", "");
      if (ATTACHMENT.matcher(path).find()) {
        found.putIfAbsent(href, new Attachment(a.text().strip(), href));
      }
    }
    return List.copyOf(found.values());
  }

  private static String absolute(URI base, String href) {
    try {
      return base.resolve(href.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

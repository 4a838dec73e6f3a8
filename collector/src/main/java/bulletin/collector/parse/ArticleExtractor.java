package bulletin.collector.parse;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.common.record.Attachment;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's title, date, text and attachments. With a body selector it reads that
 * element; without one it finds the main content by text density, after dropping navigation,
 * share bars, 打印/关闭 widgets, related-link blocks and footers.
 */
public final class ArticleExtractor {
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "nav|menu|share|footer|header|breadcrumb|crumb|position|location|print|close|related|xglj"
          + "|bottom|sidebar|copyright|toolbar|fontsize|zihao|pager|prev|next",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "^[【\\[]?(打印|关闭|关闭窗口|打印本页|收藏|返回顶部)[】\\]]?$|^(分享到|字号|字体|扫一扫|上一篇|下一篇|相关链接|责任编辑|【字体).*");
  private static final Pattern ATTACHMENT = Pattern.compile(
      "\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_LINE = Pattern.compile("(发布时间|发布日期|发文日期|时间|日期)[:：]?\\s*");
  private static final List<String> DATE_METAS = List.of("PubDate", "publishdate", "firstpublishedtime",
      "pubdate", "article:published_time", "ArticlePubDate");

  /** Stands for a {@code <br>} until the text is split into paragraphs. */
  private static final char BREAK = '\u2029';

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
    Element body = selected(doc, selectors.body()).orElseGet(() -> mainContent(doc));
    List<Attachment> attachments = attachments(body == null ? doc.body() : body);
    String text = body == null ? "" : paragraphs(body, title);
    return new Article(title, date, text, attachments);
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
    Element h1 = doc.selectFirst("h1");
    return h1 != null && !h1.text().isBlank() ? h1.text().strip() : doc.title().split("[-_|]")[0].strip();
  }

  private static Optional<LocalDate> date(Document doc, ArticleSelectors s, URI url, LocalDate today) {
    Optional<LocalDate> d = selected(doc, s.date()).flatMap(e -> ChineseDates.inText(e.text(), today));
    if (d.isPresent()) {
      return d;
    }
    for (String name : DATE_METAS) {
      Element meta = doc.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
      if (meta != null) {
        d = ChineseDates.inText(meta.attr("content"), today);
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
    return Optional.empty();
  }

  private static Optional<Element> selected(Document doc, String selector) {
    return selector == null || selector.isBlank() ? Optional.empty() : Optional.ofNullable(doc.selectFirst(selector));
  }

  /** The element holding the most paragraph text, once boilerplate blocks are gone. */
  static Element mainContent(Document doc) {
    Document copy = doc.clone();
    copy.select("script, style, noscript, nav, header, footer, form, iframe, select, button").remove();
    for (Element e : copy.select("[class], [id]")) {
      if (e.parent() != null && (BOILERPLATE_NAME.matcher(e.className()).find()
          || BOILERPLATE_NAME.matcher(e.id()).find())) {
        e.remove();
      }
    }
    // Each paragraph votes for its parent with its text, less the text of its links; blocks that
    // hold text directly (no <p>) vote for themselves.
    Map<Element, Double> votes = new LinkedHashMap<>();
    for (Element p : copy.select("p")) {
      if (p.parent() != null) {
        votes.merge(p.parent(), p.text().length() - 2.0 * p.select("a").text().length(), Double::sum);
      }
    }
    for (Element e : copy.select("div, td, article, section, main, span")) {
      if (!e.ownText().isBlank()) {
        votes.merge(e, e.ownText().length() - 2.0 * e.select("> a").text().length(), Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var v : votes.entrySet()) {
      if (v.getValue() > bestScore) {
        best = v.getKey();
        bestScore = v.getValue();
      }
    }
    return best;
  }

  /** Plain text, one paragraph a line, without boilerplate lines or a repeat of the title. */
  static String paragraphs(Element body, String title) {
    Element copy = body.clone();
    copy.select("script, style, noscript").remove();
    for (Element br : copy.select("br")) {
      br.after(String.valueOf(BREAK));
    }
    List<Element> blocks = copy.select("p, h2, h3, h4, h5, li, tr").stream()
        .filter(e -> e.parents().stream().noneMatch(p -> p != copy && p.is("p, li, tr")))
        .toList();
    List<String> lines = new ArrayList<>();
    if (blocks.isEmpty()) {
      lines.addAll(List.of(joinSourceLines(copy.wholeText()).split(String.valueOf(BREAK))));
    } else {
      for (Element b : blocks) {
        lines.addAll(List.of(joinSourceLines(b.wholeText()).split(String.valueOf(BREAK))));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String raw : lines) {
      String line = raw.replace('\u00a0', ' ').replace('\u3000', ' ').strip().replaceAll("\\s{2,}", " ");
      if (line.isEmpty() || line.equals(title) || BOILERPLATE_LINE.matcher(line).find()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(line);
    }
    return out.toString();
  }

  /** Line breaks in the HTML source are not paragraph breaks: Chinese text joins without a space. */
  private static String joinSourceLines(String s) {
    return s.replaceAll("[ \\t\\r]*\\n[ \\t\\r]*", "");
  }

  private static List<Attachment> attachments(Element scope) {
    Map<String, Attachment> found = new LinkedHashMap<>();
    for (Element a : scope.select("a[href]")) {
      String href = a.absUrl("href");
      String path = href.replaceFirst("[?#].*$", "");
      if (ATTACHMENT.matcher(path).find()) {
        found.putIfAbsent(href, new Attachment(a.text().strip(), href));
      }
    }
    return List.copyOf(found.values());
  }
}

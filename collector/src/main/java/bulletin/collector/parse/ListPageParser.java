package bulletin.collector.parse;

import bulletin.collector.source.SourceDefinition.ListSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the entries of a list page with a source's selectors. */
public final class ListPageParser {
  private ListPageParser() {}

  /** The entries of the page, each link resolved against the page URL, in page order, once each. */
  public static ListPage parse(String html, URI pageUrl, ListSelectors selectors, LocalDate today) {
    return parse(html, pageUrl, selectors, null, today);
  }

  /** As {@link #parse(String, URI, ListSelectors, LocalDate)}, reading dates with {@code datePattern} first. */
  public static ListPage parse(String html, URI pageUrl, ListSelectors selectors, String datePattern, LocalDate today) {
    Document doc = Jsoup.parse(html, pageUrl.toString());
    var items = doc.select(selectors.item());
    Map<URI, ListEntry> entries = new LinkedHashMap<>();
    int withoutLink = 0;
    int withoutDate = 0;
    for (Element item : items) {
      Element link = item.is(selectors.link()) ? item : item.selectFirst(selectors.link());
      String href = link == null ? "" : link.absUrl("href");
      if (href.isBlank() || href.startsWith("javascript:")) {
        withoutLink++;
        continue;
      }
      Optional<URI> address = Hrefs.uri(href);
      if (address.isEmpty()) {
        withoutLink++;
        continue;
      }
      URI url = address.get();
      Element titleEl = item.is(selectors.title()) ? item : item.selectFirst(selectors.title());
      String title = titleOf(titleEl == null ? link : titleEl);
      Optional<LocalDate> date = Optional.empty();
      if (selectors.date() != null && !selectors.date().isBlank()) {
        Element dateEl = item.selectFirst(selectors.date());
        String dateText = dateEl == null ? "" : dateText(dateEl, link);
        date = dateEl == null ? Optional.empty()
            : withPattern(dateText, datePattern, today).or(() -> ChineseDates.inListText(dateText, today))
                .or(() -> ChineseDates.inListText(spacedText(dateEl, link), today));
      }
      if (date.isEmpty()) {
        date = ChineseDates.inUrl(href, today);
      }
      if (date.isEmpty()) {
        withoutDate++;
      }
      if (!title.isBlank()) {
        entries.putIfAbsent(url, new ListEntry(url, title, date));
      }
    }
    return new ListPage(new ArrayList<>(entries.values()), items.size(), withoutLink, withoutDate);
  }

  /** The next list page's URL, from the link {@code selector} finds on the page. */
  public static Optional<URI> nextPage(String html, URI pageUrl, String selector) {
    Element a = Jsoup.parse(html, pageUrl.toString()).selectFirst(selector);
    String href = a == null ? "" : a.absUrl("href");
    if (href.isBlank() || href.startsWith("javascript:")) {
      return Optional.empty();
    }
    return Hrefs.uri(href);
  }

  /** The date in {@code text} read with the source's own pattern, when it has one. */
  static Optional<LocalDate> withPattern(String text, String pattern, LocalDate today) {
    if (pattern == null || pattern.isBlank()) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.parse(text.strip().replaceAll("^[\\[(（【]|[\\])）】]$", ""),
          java.time.format.DateTimeFormatter.ofPattern(pattern));
      return d.isAfter(today) ? Optional.empty() : Optional.of(d);
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The text of the date's element; when the date is a bare text beside the link ({@code <li><a>…</a>[03.16]</li>}),
   * the element holds the link too, and the link's text is left out.
   */
  public static String dateText(Element dateEl, Element link) {
    String text = dateEl.text();
    if (link != null && (dateEl == link || link.parents().contains(dateEl))) {
      text = text.replace(link.text(), " ");
    }
    return text.strip();
  }

  /**
   * The date element's texts joined with spaces, the link's left out: a date printed in boxes
   * ({@code <b>10</b><i>2021-03</i>}) reads "10 2021-03", where the element's text runs them together.
   */
  public static String spacedText(Element dateEl, Element link) {
    StringBuilder b = new StringBuilder();
    for (org.jsoup.nodes.TextNode t : dateEl.selectXpath(".//text()", org.jsoup.nodes.TextNode.class)) {
      boolean inLink = link != null && link != dateEl && link.parents().contains(dateEl)
          && (t.parent() == link || ((Element) t.parent()).parents().contains(link));
      if (!inLink) {
        b.append(t.text()).append(' ');
      }
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }

  /** A list often truncates the text (……) and keeps the whole title in the title attribute. */
  static String titleOf(Element e) {
    String attr = e.attr("title").strip();
    return attr.isEmpty() ? e.text().strip() : attr;
  }
}

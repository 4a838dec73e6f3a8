package bulletin.collector.parse;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the entries of an RSS 2.0 or Atom feed: link, title and publication date of each item. */
public final class FeedParser {
  private FeedParser() {}

  public static ListPage parse(String xml, URI feedUrl, LocalDate today) {
    Document doc = Jsoup.parse(xml, feedUrl.toString(), Parser.xmlParser());
    var items = doc.select("item, entry");
    Map<URI, ListEntry> entries = new LinkedHashMap<>();
    int withoutLink = 0;
    int withoutDate = 0;
    for (Element item : items) {
      String href = link(item);
      if (href.isBlank()) {
        withoutLink++;
        continue;
      }
      URI url;
      try {
        url = feedUrl.resolve(href.strip());
      } catch (IllegalArgumentException e) {
        withoutLink++;
        continue;
      }
      String title = Optional.ofNullable(item.selectFirst("title")).map(Element::text).orElse("").strip();
      Optional<LocalDate> date = date(item, today).or(() -> ChineseDates.inUrl(url.toString(), today));
      if (date.isEmpty()) {
        withoutDate++;
      }
      if (!title.isEmpty()) {
        entries.putIfAbsent(url, new ListEntry(url, title, date));
      }
    }
    return new ListPage(new ArrayList<>(entries.values()), items.size(), withoutLink, withoutDate);
  }

  private static String link(Element item) {
    Element atom = item.selectFirst("link[href]");
    if (atom != null) {
      return atom.attr("href");
    }
    Element rss = item.selectFirst("link");
    return rss == null ? "" : rss.text();
  }

  private static Optional<LocalDate> date(Element item, LocalDate today) {
    for (String tag : new String[] {"pubDate", "published", "updated", "dc|date"}) {
      Element e = item.selectFirst(tag);
      if (e == null) {
        continue;
      }
      String v = e.text().strip();
      Optional<LocalDate> d = parse(v).filter(x -> !x.isAfter(today));
      if (d.isPresent()) {
        return d;
      }
      d = ChineseDates.inText(v, today);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> parse(String v) {
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(bulletin.common.record.PublishedAt.ZONE).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 822: perhaps ISO-8601, as Atom writes it
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).atZoneSameInstant(bulletin.common.record.PublishedAt.ZONE).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

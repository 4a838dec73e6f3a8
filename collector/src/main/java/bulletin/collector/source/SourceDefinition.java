package bulletin.collector.source;

import bulletin.common.record.SourceLevel;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One source, as a feed adder writes it in {@code sources/ID.yaml}: where its list pages are and
 * which CSS selectors find items, titles, dates and article bodies. Every key is documented in
 * {@code sources/README.md}.
 */
public record SourceDefinition(
    String id,
    String name,
    SourceLevel level,
    String sectionHint,
    String kind,
    List<String> listUrls,
    Integer listPages,
    String pageUrl,
    String nextPage,
    ListSelectors list,
    ArticleSelectors article,
    String datePattern,
    String charset,
    Duration pollInterval,
    Boolean enabled,
    Boolean allowPrivate) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  /** A list page of links, read with the list selectors. */
  public static final String HTML = "html";
  /** An RSS or Atom feed. */
  public static final String FEED = "feed";

  public SourceDefinition {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id '" + id + "' must be lowercase letters, digits and '-'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is missing");
    }
    if (level == null) {
      throw new IllegalArgumentException("level is missing (leadership, national, regional, municipal or peer)");
    }
    kind = kind == null ? HTML : kind;
    if (!kind.equals(HTML) && !kind.equals(FEED)) {
      throw new IllegalArgumentException("kind '" + kind + "' is not html (a list page) or feed (RSS or Atom)");
    }
    if (listUrls == null || listUrls.isEmpty()) {
      throw new IllegalArgumentException("listUrls is empty");
    }
    for (String u : listUrls) {
      URI uri;
      try {
        uri = URI.create(u);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("list URL '" + u + "' is not a URL");
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("list URL '" + u + "' is not http or https");
      }
    }
    listUrls = List.copyOf(listUrls);
    listPages = listPages == null ? 1 : listPages;
    if (listPages < 1 || listPages > 50) {
      throw new IllegalArgumentException("listPages " + listPages + " is not between 1 and 50");
    }
    if (listPages > 1 && (pageUrl == null || pageUrl.isBlank()) && (nextPage == null || nextPage.isBlank())) {
      throw new IllegalArgumentException("listPages is " + listPages + " but neither pageUrl nor nextPage says where "
          + "the next list page is");
    }
    if (pageUrl != null && !pageUrl.contains("{n}")) {
      throw new IllegalArgumentException("pageUrl '" + pageUrl + "' has no {n} for the page number");
    }
    if (list == null && kind.equals(HTML)) {
      throw new IllegalArgumentException("list selectors are missing");
    }
    if (datePattern != null && !datePattern.isBlank()) {
      try {
        DateTimeFormatter.ofPattern(datePattern);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("datePattern '" + datePattern + "' is not a date pattern: " + e.getMessage());
      }
    }
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("pollInterval " + pollInterval + " is not positive");
    }
    article = article == null ? new ArticleSelectors(null, null, null) : article;
    sectionHint = sectionHint == null || sectionHint.isBlank() ? null : sectionHint.strip();
    enabled = enabled == null || enabled;
    allowPrivate = allowPrivate != null && allowPrivate;
  }

  /** The host of the first list URL, lower-cased: whose politeness the source's polls share. */
  public String host() {
    String host = URI.create(listUrls.get(0)).getHost();
    return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
  }

  /** The list page after {@code page} (1-based) by the pageUrl template, resolved against the first list URL. */
  public java.util.Optional<URI> pageUrl(URI first, int page) {
    if (pageUrl == null || pageUrl.isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(first.resolve(pageUrl.replace("{n}", Integer.toString(page - 1))));
  }

  /** Selectors on a list page. */
  public record ListSelectors(String item, String link, String title, String date) {
    public ListSelectors {
      if (item == null || item.isBlank()) {
        throw new IllegalArgumentException("list.item selector is missing");
      }
      link = blankToDefault(link, "a");
      title = blankToDefault(title, link);
    }
  }

  /** Optional selectors on an article page; a missing body falls back to content detection. */
  public record ArticleSelectors(String title, String date, String body) {}

  private static String blankToDefault(String v, String d) {
    return v == null || v.isBlank() ? d : v;
  }
}

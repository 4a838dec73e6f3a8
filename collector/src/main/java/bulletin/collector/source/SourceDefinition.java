package bulletin.collector.source;

import bulletin.common.record.SourceLevel;
import java.net.URI;
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
    ListSelectors list,
    ArticleSelectors article,
    String charset,
    Boolean enabled,
    Boolean allowPrivate) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

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
    kind = kind == null ? "html" : kind;
    if (!kind.equals("html")) {
      throw new IllegalArgumentException("kind '" + kind + "' is not supported: use html");
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
    if (list == null) {
      throw new IllegalArgumentException("list selectors are missing");
    }
    article = article == null ? new ArticleSelectors(null, null, null) : article;
    sectionHint = sectionHint == null || sectionHint.isBlank() ? null : sectionHint.strip();
    enabled = enabled == null || enabled;
    allowPrivate = allowPrivate != null && allowPrivate;
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

package bulletin.collector.suggest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Lists a script fills in, which list selectors cannot read: Hanweb's jpage datastore (the items in
 * a {@code <script type="text/xml">}), and scripts that fetch their items from a data URL
 * ({@code $.ajax}, {@code $.getJSON}, {@code fetch}, XMLHttpRequest), and frames that hold a list.
 */
final class ScriptLists {
  private static final Pattern FETCH = Pattern.compile(
      "(?:\\$\\.(?:ajax|get|getJSON|post)|fetch|\\.open)\\s*\\(\\s*(?:\\{[^}]*?url\\s*:\\s*)?['\"]([^'\"]+)['\"]|url\\s*:\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern DATA_URL = Pattern.compile("(?i)(\\.json|\\.jsp|\\.do|\\.action|\\.aspx|\\.php|/api/|list|query|search|data)");
  private static final Pattern PROXY = Pattern.compile("['\"]([^'\"]*dataproxy\\.jsp[^'\"]*)['\"]");

  private ScriptLists() {}

  /** One line per script-filled list, naming the data URL when the page holds it; empty when none. */
  static List<String> in(Document doc) {
    List<String> found = new ArrayList<>();
    for (Element s : doc.select("script[type=text/xml]")) {
      if (s.data().contains("<record")) {
        Matcher proxy = PROXY.matcher(doc.html());
        int records = s.data().split("<record[\\s>]", -1).length - 1;
        found.add("Hanweb's jpage datastore holds " + records + " items in a <script type=\"text/xml\">"
            + (proxy.find() ? "; its data URL: " + resolve(doc, proxy.group(1)) : ""));
      }
    }
    Set<String> urls = new LinkedHashSet<>();
    for (Element s : doc.select("script")) {
      Matcher m = FETCH.matcher(s.data());
      while (m.find()) {
        String url = m.group(1) != null ? m.group(1) : m.group(2);
        if (DATA_URL.matcher(url).find() && !url.endsWith(".js") && !url.endsWith(".css")) {
          urls.add(resolve(doc, url));
        }
      }
    }
    urls.forEach(u -> found.add("a script fetches items from " + u));
    for (Element f : doc.select("iframe[src]")) {
      String src = f.absUrl("src");
      if (src.startsWith("http") && DATA_URL.matcher(src).find()) {
        found.add("a frame shows " + src + " (suggest that page for its list)");
      }
    }
    return found;
  }

  private static String resolve(Document doc, String url) {
    try {
      return doc.location().isEmpty() ? url : java.net.URI.create(doc.location()).resolve(url.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}

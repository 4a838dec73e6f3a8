package bulletin.collector.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How the page's list goes on: a 下一页 link (the {@code nextPage} key), numbered pages
 * ({@code index_1.html}: the {@code pageUrl} key), or TRS's page script {@code createPageHTML}.
 */
final class Pagination {
  private static final Pattern NEXT = Pattern.compile("^\\s*(下一页|下页|后一页|next|›|»|>)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED = Pattern.compile("(?i)/(index|list|default)_(\\d+)\\.(s?html?|jsp|php)$");
  private static final Pattern TRS_SCRIPT = Pattern.compile("createPageHTML\\s*\\(\\s*(\\d+)");

  private Pagination() {}

  /** What the page shows of its list's further pages, one line each; empty when nothing. */
  static List<String> in(Document doc) {
    List<String> found = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      if (NEXT.matcher(a.text()).matches() && !a.attr("href").startsWith("javascript")) {
        found.add("a 下一页 link to " + a.absUrl("href") + " (nextPage: \"" + nextSelector(a) + "\", listPages: 3)");
        break;
      }
    }
    for (Element a : doc.select("a[href]")) {
      Matcher m = NUMBERED.matcher(a.absUrl("href"));
      if (m.find()) {
        found.add("numbered list pages such as " + a.absUrl("href") + " (pageUrl: \"" + m.group(1) + "_{n}."
            + m.group(3) + "\", listPages: 3)");
        break;
      }
    }
    for (Element s : doc.select("script")) {
      Matcher m = TRS_SCRIPT.matcher(s.data());
      if (m.find()) {
        found.add("TRS's page script createPageHTML (" + m.group(1) + " pages): pageUrl: \"index_{n}.html\"");
        break;
      }
    }
    return found;
  }

  private static String nextSelector(Element a) {
    return "a:containsOwn(" + a.text().strip() + ")";
  }
}

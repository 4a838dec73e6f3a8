package bulletin.collector.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The content management system a page was built with, by the traces each family leaves: TRS WCM's
 * article URLs ({@code t20210310_173163.html}) and scripts, Hanweb's (大汉) {@code /art/2021/3/10/art_…}
 * and {@code /col/col…} URLs and jpage scripts, UCAP (政府网站集约化平台), DotNetNuke's {@code ess_ctr}
 * modules, and the generator meta tag.
 */
final class CmsFamily {
  private record Trace(String family, String where, Pattern pattern) {}

  private static final List<Trace> TRACES = List.of(
      new Trace("TRS WCM", "article URLs like t20180314_879467.html", Pattern.compile("/t20\\d{6}_\\d+\\.s?html?")),
      new Trace("TRS WCM", "TRS markup (TRS_Editor, createPageHTML)", Pattern.compile("TRS_Editor|createPageHTML|trs_")),
      new Trace("Hanweb (大汉)", "article URLs like /art/2021/3/10/art_…", Pattern.compile("/art/20\\d\\d/\\d{1,2}/\\d{1,2}/art_")),
      new Trace("Hanweb (大汉)", "column URLs like /col/col123/", Pattern.compile("/col/col\\d+/")),
      new Trace("Hanweb (大汉)", "Hanweb scripts (jpage, dataproxy.jsp, hanweb)", Pattern.compile("(?i)jpage|dataproxy\\.jsp|hanweb")),
      new Trace("UCAP (政府网站集约化平台)", "UCAP markup", Pattern.compile("(?i)ucap")),
      new Trace("DotNetNuke (ESS portal)", "module ids like ess_ctr1146", Pattern.compile("id=\"ess_ctr\\d+")),
      new Trace("JSP portal", "list pages like iList.jsp?cat_id=", Pattern.compile("(?i)\\w+List\\.jsp\\?")));

  private CmsFamily() {}

  /** "family (the trace)" for each family the page shows a trace of; empty when none. */
  static List<String> of(Document doc, String html) {
    List<String> found = new ArrayList<>();
    Element generator = doc.selectFirst("meta[name=generator]");
    if (generator != null && !generator.attr("content").isBlank()) {
      found.add(generator.attr("content").strip() + " (meta generator)");
    }
    List<String> families = new ArrayList<>();
    for (Trace t : TRACES) {
      if (!families.contains(t.family()) && t.pattern().matcher(html).find()) {
        families.add(t.family());
        found.add(t.family() + " (" + t.where() + ")");
      }
    }
    return found;
  }
}

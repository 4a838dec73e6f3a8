package bulletin.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Labelled;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.LocalSite;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sites a soak run's collector reads: a ministry, the region, the city, a county and two other
 * cities' bureaus, each a local HTTP server on a loopback host of its own (127.0.0.N), each posting
 * an item a day with the corpus's wording. One peer reposts the ministry's item every seventh day;
 * two sources fall quiet for the run's last ten days, for the collector to flag as stale.
 */
final class SoakSites implements AutoCloseable {
  /** Days before the end that the quiet sources stop posting. */
  static final int QUIET_DAYS = 10;
  private static final int LISTED = 20;

  private record Site(String id, String name, SourceLevel level, boolean fallsQuiet, LocalSite server) {}

  private record Posting(String title, String text, LocalDate date, String path) {}

  private final List<Site> sites = new ArrayList<>();
  private final Map<String, List<Posting>> postings = new ConcurrentHashMap<>();
  private final Iterator<Announcement> wording;

  private SoakSites(Iterator<Announcement> wording) {
    this.wording = wording;
  }

  static SoakSites start(Path home, int days, long seed) throws IOException {
    List<LabelledExample> corpus = Corpus.read(home.resolve("classifier/corpus/train.jsonl")).stream()
        .map(Labelled::example).toList();
    SoakSites s = new SoakSites(SyntheticItems.make(corpus, 8 * days + 16, seed).iterator());
    s.add("soak-most", "科技部", SourceLevel.NATIONAL, false);
    s.add("soak-nmkjt", "内蒙古自治区科学技术厅", SourceLevel.REGIONAL, false);
    s.add("soak-ordos", "鄂尔多斯市科学技术局", SourceLevel.MUNICIPAL, false);
    s.add("soak-dlt", "达拉特旗科学技术局", SourceLevel.MUNICIPAL, true);
    s.add("soak-baotou", "包头市科学技术局", SourceLevel.PEER, false);
    s.add("soak-xam", "兴安盟科学技术局", SourceLevel.PEER, true);
    return s;
  }

  private void add(String id, String name, SourceLevel level, boolean fallsQuiet) throws IOException {
    LocalSite server = LocalSite.start(InetAddress.getByName("127.0.0." + (10 + sites.size())));
    Site site = new Site(id, name, level, fallsQuiet, server);
    sites.add(site);
    postings.put(id, new CopyOnWriteArrayList<>());
    server.route("/list/", (headers, hit) -> LocalSite.Response.html(listPage(id), UTF_8));
  }

  /** The sources' definitions, as a feed adder would write them. */
  List<SourceDefinition> definitions() {
    return sites.stream().map(s -> new SourceDefinition(s.id(), s.name(), s.level(), null, "html",
        List.of(s.server().url("/list/").toString()), 1, null, null, new ListSelectors("ul.list li", "a", "a", "span"),
        new ArticleSelectors("h1", null, "#zoom"), null, null, null, true, false)).toList();
  }

  /** How many sources fall quiet before the end. */
  int quietSources() {
    return (int) sites.stream().filter(Site::fallsQuiet).count();
  }

  boolean fallsQuiet(String id) {
    return sites.stream().anyMatch(s -> s.id().equals(id) && s.fallsQuiet());
  }

  /** Day {@code day} of {@code days}: each source still posting posts one item dated {@code date}. */
  void post(int day, int days, LocalDate date) {
    Posting ministry = null;
    for (Site s : sites) {
      if (s.fallsQuiet() && day >= days - QUIET_DAYS) {
        continue;
      }
      Announcement a = wording.next();
      String text = date.getMonthValue() + "月" + date.getDayOfMonth() + "日，" + a.text().replaceFirst("^\\d+月\\d+日，", "");
      Posting p = publish(s, a.title(), text, date);
      if (s.id().equals("soak-most")) {
        ministry = p;
      }
    }
    if (ministry != null && day % 7 == 3) {
      // The same news reposted by another bureau: one story, printed once, citing both.
      publish(sites.get(4), ministry.title(), ministry.text(), date);
    }
  }

  private Posting publish(Site s, String title, String text, LocalDate date) {
    List<Posting> list = postings.get(s.id());
    String path = "/a/" + date + "-" + (list.size() + 1) + ".html";
    Posting p = new Posting(title, text, date, path);
    s.server().page(path, "<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body><h1>"
        + escape(title) + "</h1><div id=\"zoom\"><p>" + escape(text) + "</p></div></body></html>", UTF_8);
    list.add(p);
    return p;
  }

  private String listPage(String id) {
    List<Posting> list = postings.get(id);
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><ul class=\"list\">");
    for (int i = list.size() - 1; i >= Math.max(0, list.size() - LISTED); i--) {
      Posting p = list.get(i);
      html.append("<li><a href=\"").append(p.path()).append("\">").append(escape(p.title())).append("</a><span>")
          .append(p.date()).append("</span></li>");
    }
    return html.append("</ul></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Items posted so far, reposts included. */
  int posted() {
    return postings.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public void close() {
    sites.forEach(s -> s.server().close());
  }
}

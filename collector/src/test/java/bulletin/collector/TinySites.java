package bulletin.collector;

import static java.nio.charset.StandardCharsets.UTF_8;

import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.testkit.LocalSite;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Tiny sites for the tests of sharing sources: local HTTP servers with a list page per source, to
 * which the test adds items as it goes, and a sources folder defining them.
 */
final class TinySites implements AutoCloseable {
  /** Each source's server: one per host. */
  private final Map<String, LocalSite> siteOf = new ConcurrentHashMap<>();
  private final Map<String, LocalSite> byHost = new ConcurrentHashMap<>();
  private final Map<String, List<String>> items = new ConcurrentHashMap<>();

  private TinySites() {}

  /** A site per source id, all on one host (127.0.0.1), each listing one item; definitions go to {@code folder}. */
  static TinySites start(List<String> sourceIds, Path folder) throws IOException {
    Map<String, String> hosts = new java.util.LinkedHashMap<>();
    sourceIds.forEach(id -> hosts.put(id, "127.0.0.1"));
    return start(hosts, folder);
  }

  /** A site per source id on the loopback host given for it (127.0.0.N), each listing one item. */
  static TinySites start(Map<String, String> hostById, Path folder) throws IOException {
    TinySites sites = new TinySites();
    for (var entry : hostById.entrySet()) {
      String id = entry.getKey();
      LocalSite found = sites.byHost.get(entry.getValue());
      if (found == null) {
        found = LocalSite.start(java.net.InetAddress.getByName(entry.getValue()));
        sites.byHost.put(entry.getValue(), found);
      }
      LocalSite site = found;
      sites.siteOf.put(id, site);
      sites.items.put(id, new CopyOnWriteArrayList<>());
      site.route(list(id), (headers, hit) -> LocalSite.Response.html(sites.listPage(id), UTF_8));
      sites.addItem(id);
      Files.writeString(folder.resolve(id + ".yaml"), """
          id: %s
          name: 测试站点 %s
          level: municipal
          listUrls: ["%s"]
          list: {item: "ul.list li", link: a, date: span}
          article: {title: h1, body: "#zoom"}
          """.formatted(id, id, site.url(list(id))), UTF_8);
    }
    return sites;
  }

  private static String list(String id) {
    return "/" + id + "/";
  }

  private String listPage(String id) {
    return "<html><head><meta charset=\"utf-8\"></head><body><ul class=\"list\">"
        + items.get(id).stream().map(path -> "<li><a href=\"" + path + "\">" + title(path) + "</a><span>2021-03-17</span></li>")
            .collect(Collectors.joining())
        + "</ul></body></html>";
  }

  private static String title(String path) {
    return "通知 " + path;
  }

  /** Publishes a new article on the source's site and lists it. */
  void addItem(String id) {
    String path = list(id) + "a" + (items.get(id).size() + 1) + ".html";
    siteOf.get(id).page(path, "<html><head><meta charset=\"utf-8\"></head><body><h1>" + title(path)
        + "</h1><div id=\"zoom\"><p>2021年3月17日，" + title(path) + "正文。</p></div></body></html>", UTF_8);
    items.get(id).add(path);
  }

  /** Items published on all sites so far. */
  int itemCount() {
    return items.values().stream().mapToInt(List::size).sum();
  }

  /** How many times the source's list page was read: once per poll. */
  int polls(String id) {
    return siteOf.get(id).hits(list(id));
  }

  /** When each request to {@code host}'s server arrived (System.nanoTime), in order. */
  List<Long> arrivals(String host) {
    return byHost.get(host).arrivals();
  }

  /** The announcements emitted from these sites, in the order of announcements.raw. */
  List<Announcement> emitted() {
    List<String> prefixes = byHost.values().stream().map(s -> s.url("/").toString()).toList();
    return TopicRecords.readToEnd(SharedKafka.bootstrapServers(), Topics.ANNOUNCEMENTS_RAW.name(),
            Topics.ANNOUNCEMENTS_RAW.keySerde().deserializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().deserializer())
        .stream().map(ConsumerRecord::value).filter(a -> prefixes.stream().anyMatch(a.url()::startsWith)).toList();
  }

  @Override
  public void close() {
    byHost.values().forEach(LocalSite::close);
  }
}

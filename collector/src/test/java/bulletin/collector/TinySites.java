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
 * Tiny sites for the tests of sharing sources: one local HTTP server with a list page per source,
 * to which the test adds items as it goes, and a sources folder defining them.
 */
final class TinySites implements AutoCloseable {
  private final LocalSite site;
  private final Map<String, List<String>> items = new ConcurrentHashMap<>();

  private TinySites(LocalSite site) {
    this.site = site;
  }

  /** A site per source id, each listing one item, and their definitions written to {@code folder}. */
  static TinySites start(List<String> sourceIds, Path folder) throws IOException {
    TinySites sites = new TinySites(LocalSite.start());
    for (String id : sourceIds) {
      sites.items.put(id, new CopyOnWriteArrayList<>());
      sites.site.route(list(id), (headers, hit) -> LocalSite.Response.html(sites.listPage(id), UTF_8));
      sites.addItem(id);
      Files.writeString(folder.resolve(id + ".yaml"), """
          id: %s
          name: 测试站点 %s
          level: municipal
          listUrls: ["%s"]
          list: {item: "ul.list li", link: a, date: span}
          article: {title: h1, body: "#zoom"}
          """.formatted(id, id, sites.site.url(list(id))), UTF_8);
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
    site.page(path, "<html><head><meta charset=\"utf-8\"></head><body><h1>" + title(path)
        + "</h1><div id=\"zoom\"><p>2021年3月17日，" + title(path) + "正文。</p></div></body></html>", UTF_8);
    items.get(id).add(path);
  }

  /** Items published on all sites so far. */
  int itemCount() {
    return items.values().stream().mapToInt(List::size).sum();
  }

  /** How many times the source's list page was read: once per poll. */
  int polls(String id) {
    return site.hits(list(id));
  }

  /** The announcements emitted from these sites, in the order of announcements.raw. */
  List<Announcement> emitted() {
    String prefix = site.url("/").toString();
    return TopicRecords.readToEnd(SharedKafka.bootstrapServers(), Topics.ANNOUNCEMENTS_RAW.name(),
            Topics.ANNOUNCEMENTS_RAW.keySerde().deserializer(), Topics.ANNOUNCEMENTS_RAW.valueSerde().deserializer())
        .stream().map(ConsumerRecord::value).filter(a -> a.url().startsWith(prefix)).toList();
  }

  @Override
  public void close() {
    site.close();
  }
}

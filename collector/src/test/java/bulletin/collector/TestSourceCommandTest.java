package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `collector test-source` as a feed adder runs it, on saved pages. */
class TestSourceCommandTest {
  private static Path recordedList(Path dir, String resource) throws Exception {
    Path saved = dir.resolve("list.html");
    try (InputStream in = TestSourceCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.write(saved, in.readAllBytes());
    }
    return saved;
  }

  @Test
  void aShippedSourcePrintsTheItemsOfItsSavedListPage(@TempDir Path dir) throws Exception {
    Path saved = recordedList(dir, "recorded/www.most.gov.cn/kjbgz/index.html");
    CommandRun run = CommandRun.of(new CollectorMain(), "test-source", "../sources/most-gzdt.yaml", "--page", saved.toString());
    String printed = run.out();
    assertEquals(0, run.code(), run.err());
    assertTrue(printed.contains("list.item 'div.list-main ul li' matched 3, 3 with a link, 0 without a date"), printed);
    assertTrue(printed.contains("2021-03-10  科技部将推进“十四五”东西部科技创新合作行动"), printed);
  }

  @Test
  void theFirstArticleSaysWhichPathFoundItsBodyAndWhichCharsetReadIt() throws Exception {
    try (bulletin.testkit.RecordedSite site = bulletin.testkit.RecordedSite.start()) {
      CommandRun run = CommandRun.of(new CollectorMain(), "test-source", "../sources/most-gzdt.yaml",
          "--set", "fetch.replay-base=" + site.base(), "--set", "fetch.allow-loopback=true", "--set", "fetch.delay=0s");
      String printed = run.out();
      assertEquals(0, run.code(), run.err() + printed);
      assertTrue(printed.lines().anyMatch(l -> l.matches(
          "first article: body found by (selector|CMS marker|scoring) \\(.+\\), charset .+ \\(.+\\)")), printed);
      assertTrue(printed.contains("\"extractedBy\" : "), printed);
    }
  }

  static java.util.stream.Stream<Path> shippedSources() throws Exception {
    try (var files = java.nio.file.Files.list(Path.of("..", "sources"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("shippedSources")
  void everyShippedSourcePrintsItsDatedItems(Path definition, @TempDir Path dir) throws Exception {
    var source = bulletin.collector.source.SourceCatalog.read(definition);
    java.net.URI list = java.net.URI.create(source.listUrls().get(0));
    String path = list.getPath().endsWith("/") ? list.getPath() + "index.html" : list.getPath();
    Path saved = recordedList(dir, "recorded/" + list.getHost() + path);
    CommandRun run = CommandRun.of(new CollectorMain(), "test-source", definition.toString(), "--page", saved.toString());
    String printed = run.out();
    assertEquals(0, run.code(), run.err());
    assertTrue(printed.contains(", 0 without a date"), printed);
    assertTrue(printed.lines().anyMatch(l -> l.matches("  2021-\\d\\d-\\d\\d  .+")), printed);
  }

  @Test
  void aListPageWhoseMarkupChangedFailsNamingTheSelector(@TempDir Path dir) throws Exception {
    Path saved = recordedList(dir, "recorded/www.most.gov.cn/kjbgz/index.html");
    Charset gbk = Charset.forName("GBK");
    String redesigned = new String(Files.readAllBytes(saved), gbk).replace("list-main", "news-list-v2");
    Files.write(saved, redesigned.getBytes(gbk));
    CommandRun run = CommandRun.of(new CollectorMain(), "test-source", "../sources/most-gzdt.yaml", "--page", saved.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("list.item selector 'div.list-main ul li' matched nothing"),
        run.err());
  }

  @Test
  void aBrokenDefinitionNamesTheFileAndTheKey(@TempDir Path dir) throws Exception {
    Path def = dir.resolve("broken.yaml");
    Files.writeString(def, "id: broken\nname: 某局\nlevel: national\nlistUrls: [https://example.gov.cn/]\n"
        + "list: {item: li}\nselectors: {}\n");
    CommandRun run = CommandRun.of(new CollectorMain(), "test-source", def.toString());
    assertEquals(1, run.code());
    String e = run.err();
    assertTrue(e.contains("broken.yaml") && e.contains("unknown key 'selectors'"), e);
  }

  @Test
  void aMissingArgumentPrintsUsage() {
    CommandRun run = CommandRun.of(new CollectorMain(), "test-source");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Usage: collector test-source"), run.err());
  }
}

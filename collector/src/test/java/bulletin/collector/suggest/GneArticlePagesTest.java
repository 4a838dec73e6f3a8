package bulletin.collector.suggest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.parse.RealPages;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suggest on GeneralNewsExtractor's 57 news article pages in {@code ../shared/realpages/gne/}: an
 * article page is no list page, so nothing on it reaches the threshold; its side lists (related
 * news, rankings) rank below it.
 */
class GneArticlePagesTest {

  static Stream<Path> pages() throws Exception {
    try (Stream<Path> files = Files.list(RealPages.folder("gne"))) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList().stream();
    }
  }

  /** The host most of the page's absolute links go to: the site the page was saved from, near enough. */
  private static String siteOf(String html) {
    return org.jsoup.Jsoup.parse(html).select("a[href^=http]").stream()
        .map(a -> host(a.attr("href")))
        .filter(h -> !h.isEmpty())
        .collect(java.util.stream.Collectors.groupingBy(h -> h, java.util.stream.Collectors.counting()))
        .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse("news.example.com");
  }

  private static String host(String href) {
    try {
      String h = URI.create(href.strip().replace(" ", "%20")).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void noListReachesTheThreshold(Path page) throws Exception {
    String html = new String(Files.readAllBytes(page), java.nio.charset.StandardCharsets.UTF_8);
    Suggestion s = ListSuggester.suggest(html, URI.create("https://" + siteOf(html) + "/" + page.getFileName()),
        LocalDate.of(2020, 1, 1));
    List<Candidate> above = s.suggested();
    System.out.printf("%s: best %s of threshold %.0f%s%n", page.getFileName(), s.candidates().stream().findFirst()
        .map(c -> c.name() + " " + Math.round(c.score())).orElse("(no list)"), Suggestion.threshold(),
        s.articlePage().isEmpty() ? "" : "; reads as an article");
    assertTrue(above.isEmpty(), page.getFileName() + ": " + above.stream().map(c -> c.name() + " " + c.score()
        + " " + c.reasons()).toList());
  }
}

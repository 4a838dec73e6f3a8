package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Chinese news page of GeneralNewsExtractor's test set gives a title and text. */
class GnePagesTest {
  @Test
  void everyPageGivesATitleAndText() throws Exception {
    Path dir = RealPages.folder("gne");
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int dated = 0;
    for (Path page : pages) {
      URI url = URI.create("https://example.com/" + page.getFileName());
      DecodedPage decoded = PageDecoder.read(url, Files.readAllBytes(page), Optional.empty(), Optional.empty());
      Article a = ArticleExtractor.extract(decoded.text(), url, new ArticleSelectors(null, null, null), null,
          Optional.empty(), LocalDate.of(2024, 6, 1));
      if (a.title().isBlank() || a.text().isBlank()) {
        failures.add(page.getFileName() + ": title '" + a.title() + "', " + a.text().length() + " characters of text");
      }
      dated += a.publishedAt().isPresent() ? 1 : 0;
    }
    System.out.printf("GNE pages: %d, %d with title and text, %d with a date%n", pages.size(),
        pages.size() - failures.size(), dated);
    assertTrue(!pages.isEmpty() && failures.isEmpty(), String.join("\n", failures));
  }
}

package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.common.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Main-text extraction on the 47 CJK article pages of magic-html's benchmark, scored against
 * their annotated text by character-bigram F1. Readability-lxml scores 0.95 on the same pages.
 */
class MagicHtmlPagesTest {
  private static final double MEAN_FLOOR = 0.95;
  private static final ArticleSelectors NO_SELECTORS = new ArticleSelectors(null, null, null);

  @Test
  void extractionReadsTheBenchmarkPagesAsWellAsTheBestExtractors() throws Exception {
    Path dir = RealPages.folder("magic-html");
    List<String> lines = Files.readAllLines(dir.resolve("gold.jsonl"));
    List<String> report = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    double sum = 0;
    double min = 1;
    String worst = "";
    for (String line : lines) {
      JsonNode page = Json.mapper().readTree(line);
      String file = page.get("file").asText();
      String gold = page.get("content").asText();
      URI url = URI.create(page.get("url").asText().replace(" ", "%20").replace("|", "%7C"));
      DecodedPage decoded = PageDecoder.read(url, Files.readAllBytes(dir.resolve(file)), Optional.empty(), Optional.empty());
      Article a = ArticleExtractor.extract(decoded.text(), url, NO_SELECTORS, null, Optional.empty(), LocalDate.of(2024, 6, 1));
      double f1 = MainTextOverlap.f1(a.text(), gold);
      sum += f1;
      if (f1 < min) {
        min = f1;
        worst = url.getHost();
      }
      if (a.text().isBlank() && !gold.isBlank()) {
        empty.add(url.toString());
      }
      report.add(String.format("%.3f  %-10s %-26s %s", f1, a.path().label(), url.getHost(), file.substring(0, 12)));
    }
    double mean = sum / lines.size();
    report.forEach(System.out::println);
    System.out.printf("magic-html CJK pages: %d, mean character-bigram F1 %.3f, lowest %.3f (%s)%n", lines.size(), mean,
        min, worst);
    assertTrue(empty.isEmpty(), "empty text where the gold has text: " + empty);
    assertTrue(mean >= MEAN_FLOOR, String.format("mean F1 %.3f is below %.2f", mean, MEAN_FLOOR));
    assertFalse(lines.isEmpty());
  }
}

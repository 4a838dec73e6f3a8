package bulletin.classifier.train;

import bulletin.common.json.Json;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Labelled items as JSON lines: {@code title}, {@code text}, {@code sourceName}, {@code sourceLevel}, {@code section}. */
public final class Corpus {
  private Corpus() {}

  /** Every item of {@code file}; a bad line is an error naming the file and line. */
  public static List<LabelledExample> read(Path file) {
    List<LabelledExample> items = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode n = Json.mapper().readTree(line);
          if (!n.has("section")) {
            throw new IllegalArgumentException("no section field (use null for off-topic)");
          }
          items.add(new LabelledExample(1, null, n.path("title").asText(null), n.path("text").asText(""),
              n.path("sourceName").asText(null),
              n.hasNonNull("sourceLevel") ? SourceLevel.parse(n.get("sourceLevel").asText()) : null,
              n.get("section").isNull() ? null : n.get("section").asText(), "corpus", null));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return items;
  }
}

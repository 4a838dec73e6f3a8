package bulletin.classifier.train;

import bulletin.classifier.model.Item;
import bulletin.common.json.Json;
import bulletin.common.record.SourceLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled items as JSON lines: {@code title}, {@code text}, {@code section} (null for off-topic),
 * and where known {@code url}, {@code sourceName} and {@code sourceLevel}. Other fields (a note,
 * the publisher) are the annotators' and are ignored here.
 */
public final class Corpus {
  /**
   * The labelled real items the bundled model is trained on, comma-separated, relative to the
   * project's root (train.jsonl the first two gatherings, then one file a gathering; each small
   * enough to review in a diff).
   */
  public static final String TRAINING =
      "classifier/corpus/train.jsonl,classifier/corpus/train-3.jsonl,classifier/corpus/train-4.jsonl";

  private Corpus() {}

  /** Every item of {@code file}; a bad line is an error naming the file and line. */
  public static List<Labelled> read(Path file) {
    List<Labelled> items = new ArrayList<>();
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
          if (!n.hasNonNull("title")) {
            throw new IllegalArgumentException("no title");
          }
          Item item = new Item(n.get("title").asText(), n.path("text").asText(""), n.path("sourceName").asText(null),
              n.hasNonNull("sourceLevel") ? SourceLevel.parse(n.get("sourceLevel").asText()) : null, null,
              n.path("url").asText(null));
          items.add(new Labelled(item, n.get("section").isNull() ? null : n.get("section").asText()));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return items;
  }

  /** The items of every file, in order. */
  public static List<Labelled> read(List<Path> files) {
    List<Labelled> all = new ArrayList<>();
    files.forEach(f -> all.addAll(read(f)));
    return all;
  }
}

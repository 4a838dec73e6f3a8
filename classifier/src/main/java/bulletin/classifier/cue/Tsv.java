package bulletin.classifier.cue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled tab-separated word list; lines starting with # are comments. */
final class Tsv {
  private Tsv() {}

  static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream raw = Tsv.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t");
        if (row.length != columns) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns + " columns, found "
              + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource + " cannot be read: " + e.getMessage(), e);
    }
    return rows;
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model file: written and read back, plain or gzipped, and the files it refuses with the reason. */
class SectionModelFileTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();
  private static final Item ITEM = new Item("自治区科技厅召开科技兴蒙合作项目视频调度会",
      "3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。", null, null, null);

  private static String text(SectionModel model) throws IOException {
    StringWriter out = new StringWriter();
    model.write(out);
    return out.toString();
  }

  private static SectionModel read(String text) throws IOException {
    return SectionModel.read(PROFILE, new BufferedReader(new StringReader(text)));
  }

  @Test
  void theBundledModelWrittenAndReadBackIsTheSameModel() throws IOException {
    SectionModel bundled = SectionModel.load(PROFILE, Optional.empty());
    String written = text(bundled);
    assertTrue(written.startsWith("version\t" + bundled.version() + "\ntemperature\t" + bundled.temperature() + "\ninputs\t"),
        written.substring(0, 80));
    SectionModel again = read(written);
    assertEquals(written, text(again));
    assertEquals(bundled.classify(ITEM), again.classify(ITEM));
  }

  @Test
  void aModelFileIsGzippedWhenItsNameSaysSo(@TempDir Path dir) throws IOException {
    SectionModel bundled = SectionModel.load(PROFILE, Optional.empty());
    Path gz = dir.resolve("m.tsv.gz");
    Path plain = dir.resolve("m.tsv");
    bundled.write(gz);
    bundled.write(plain);
    String expected = text(bundled);
    assertEquals(expected, Files.readString(plain));
    byte[] head = Files.readAllBytes(gz);
    assertEquals(0x1f, head[0] & 0xff, "gzip's magic number");
    assertEquals(0x8b, head[1] & 0xff);
    assertEquals(expected, text(SectionModel.load(PROFILE, Optional.of(gz))));
  }

  @Test
  void aFileThatIsNoModelIsRefusedNamingTheFileAndTheLine(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
    var e = assertThrows(IllegalStateException.class, () -> SectionModel.load(PROFILE, Optional.of(empty)));
    assertEquals("the section model " + empty + " cannot be read: expected a 'version' line, found 'null'", e.getMessage());
    var missing = assertThrows(IllegalStateException.class,
        () -> SectionModel.load(PROFILE, Optional.of(dir.resolve("none.tsv"))));
    assertTrue(missing.getMessage().startsWith("the section model " + dir.resolve("none.tsv") + " cannot be read: "),
        missing.getMessage());
    var order = assertThrows(IOException.class, () -> read("temperature\t1.0\nversion\tv\n"));
    assertEquals("expected a 'version' line, found 'temperature\t1.0'", order.getMessage());
  }

  @Test
  void aModelFileWithAnotherInputOrBrokenNgramsIsRefusedWithWhatToDo() throws IOException {
    String written = text(SectionModel.load(PROFILE, Optional.empty()));
    String[] lines = written.split("\n", -1);
    // line 3 is the first input's weights: "w", its name, its weights
    String[] first = lines[3].split("\t", 3);
    lines[3] = first[0] + "\tno-such-input\t" + first[2];
    var input = assertThrows(IOException.class, () -> read(String.join("\n", lines)));
    assertTrue(input.getMessage().startsWith("the model's input 0 is 'no-such-input', this classifier reads '" + first[1]
        + "': retrain it with `classifier train`"), input.getMessage());

    String[] again = written.split("\n", -1);
    int ngrams = 0;
    while (!again[ngrams].startsWith("ngrams\t")) {
      ngrams++;
    }
    String[] firstNgram = again[ngrams + 1].split("\t", 2);
    again[ngrams + 1] = "科技部门\t" + firstNgram[1];
    var ngram = assertThrows(IOException.class, () -> read(String.join("\n", again)));
    assertTrue(ngram.getMessage().startsWith("the model's n-grams: "), ngram.getMessage());

    String[] noNb = written.split("\n", -1);
    int nb = 0;
    while (!noNb[nb].equals("nb")) {
      nb++;
    }
    noNb[nb] = "naive bayes";
    var header = assertThrows(IOException.class, () -> read(String.join("\n", noNb)));
    assertEquals("expected the line 'nb' before the n-gram counts", header.getMessage());
  }
}

package bulletin.collector.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's messages for a file it cannot read as a definition. */
class SourceCatalogTest {
  @Test
  void aFileThatIsNoYamlIsNamedWithTheParsersMessageWithoutItsLocation(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("broken.yaml"), "id: [broken\nname: x\n");
    InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> SourceCatalog.read(file));
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("[Source:"), e.getMessage());
    assertFalse(e.getMessage().endsWith(": null"), e.getMessage());
  }

  @Test
  void aFileThatCannotBeOpenedIsNamedWithTheReason(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
    InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> SourceCatalog.read(folder));
    assertEquals(folder + ": " + folder.toFile() + " (Is a directory)", e.getMessage());
  }
}

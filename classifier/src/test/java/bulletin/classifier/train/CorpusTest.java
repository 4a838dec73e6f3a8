package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.classifier.model.Item;
import bulletin.common.record.SourceLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @Test
  void eachLineIsAnItemWithItsSectionAndBlankLinesAreSkipped(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
        "{\"title\": \"科技部印发通知\", \"text\": \"正文。\", \"section\": \"科技政策\", \"url\": \"http://most.gov.cn/1\","
            + " \"sourceName\": \"科技部\", \"sourceLevel\": \"national\", \"note\": \"ignored\"}",
        "",
        "   ",
        "{\"title\": \"道路养护通告\", \"section\": null, \"sourceLevel\": null}",
        ""));
    List<Labelled> items = Corpus.read(file);
    assertEquals(2, items.size());
    assertEquals(new Labelled(new Item("科技部印发通知", "正文。", "科技部", SourceLevel.NATIONAL, null, "http://most.gov.cn/1"),
        "科技政策"), items.get(0));
    Labelled off = items.get(1);
    assertNull(off.section());
    assertEquals("", off.item().text());
    assertNull(off.item().sourceName());
    assertNull(off.item().sourceLevel());
    assertNull(off.item().url());
  }

  @Test
  void filesAreReadInOrder(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.jsonl"), "{\"title\": \"甲\", \"section\": null}\n");
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{\"title\": \"乙\", \"section\": null}\n{\"title\": \"丙\", \"section\": null}\n");
    assertEquals(List.of("乙", "丙", "甲"), Corpus.read(List.of(b, a)).stream().map(l -> l.item().title()).toList());
  }

  @Test
  void aBadLineIsNamedWithItsFileAndNumber(@TempDir Path dir) throws Exception {
    assertEquals(dir.resolve("s.jsonl") + ":2: no section field (use null for off-topic)",
        failure(dir, "s.jsonl", "{\"title\": \"甲\", \"section\": null}\n{\"title\": \"乙\"}\n"));
    assertEquals(dir.resolve("t.jsonl") + ":1: no title", failure(dir, "t.jsonl", "{\"title\": null, \"section\": null}\n"));
    assertEquals(dir.resolve("u.jsonl") + ":1: no title", failure(dir, "u.jsonl", "{\"section\": \"科技政策\"}\n"));
    String json = failure(dir, "v.jsonl", "{\"title\": \n");
    assertTrue(json.startsWith(dir.resolve("v.jsonl") + ":1: "), json);
    String level = failure(dir, "w.jsonl", "{\"title\": \"甲\", \"section\": null, \"sourceLevel\": \"galactic\"}\n");
    assertTrue(level.startsWith(dir.resolve("w.jsonl") + ":1: ") && level.contains("galactic"), level);
    var missing = assertThrows(IllegalArgumentException.class, () -> Corpus.read(dir.resolve("none.jsonl")));
    assertTrue(missing.getMessage().startsWith("cannot read " + dir.resolve("none.jsonl") + ": "), missing.getMessage());
  }

  private static String failure(Path dir, String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content);
    return assertThrows(IllegalArgumentException.class, () -> Corpus.read(file)).getMessage();
  }
}

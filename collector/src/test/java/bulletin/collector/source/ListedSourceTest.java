package bulletin.collector.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.ListedSource.Pause;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.common.json.Json;
import bulletin.common.record.SourceLevel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listed source on the wire, and what publishing a folder writes. */
class ListedSourceTest {
  private static final Instant AT = Instant.parse("2021-03-17T02:00:00Z");

  private static SourceDefinition definition(String id, String name) {
    return new SourceDefinition(id, name, SourceLevel.REGIONAL, "科技兴蒙", "html",
        List.of("http://kjt.nmg.gov.cn/kjdt/", "http://kjt.nmg.gov.cn/kjdt/tzgg/"), 2, "index_{n}.html", null,
        new ListSelectors("ul.list li", "a", null, "span"), new ArticleSelectors("h1", "div.info", "#zoom"),
        "yyyy年MM月dd日", "GBK", Duration.ofMinutes(30), true, false);
  }

  @Test
  void aPausedSourceWithEveryKeySetReadsBackEqualFromItsJson() {
    ListedSource listed = new ListedSource(1, definition("nmg-kjdt", "自治区科技厅"),
        new Pause("网站改版，暂停采集", "ops", AT), "ops", AT);
    String json = Json.write(listed);
    assertEquals(listed, Json.read(json, ListedSource.class), json);
    assertTrue(json.contains("\"reason\":\"网站改版，暂停采集\""), json);
    assertTrue(json.contains("\"level\":\"regional\""), json);
    assertFalse(json.contains("\"polled\""), "only the record's fields are written: " + json);
  }

  @Test
  void everyShippedDefinitionReadsBackEqualFromItsJson() {
    for (SourceDefinition d : SourceCatalog.readAll(Path.of("..", "sources"))) {
      ListedSource listed = new ListedSource(1, d, null, "collector-1", AT);
      assertEquals(listed, Json.read(Json.write(listed), ListedSource.class), d.id());
    }
  }

  @Test
  void publishingWritesWhatIsNewOrChangedKeepsAPauseAndRemovesWhatLeftTheFolder() {
    Pause pause = new Pause("站点维护", "ops", AT);
    Map<String, ListedSource> listed = Map.of(
        "same", new ListedSource(1, definition("same", "不变"), null, "collector-1", AT),
        "edited", new ListedSource(1, definition("edited", "旧名称"), pause, "ops", AT),
        "gone", new ListedSource(1, definition("gone", "已删除"), null, "collector-1", AT));
    List<SourceDefinition> folder = List.of(definition("same", "不变"), definition("edited", "新名称"),
        definition("added", "新增"));

    Map<String, ListedSource> writes = SourceChanges.changes(listed, folder, "collector-2", AT.plusSeconds(60));

    assertEquals(List.of("edited", "added", "gone"), List.copyOf(writes.keySet()));
    assertEquals("新名称", writes.get("edited").definition().name());
    assertEquals(pause, writes.get("edited").pause(), "a pause outlives an edit of the file");
    assertEquals("collector-2", writes.get("edited").changedBy());
    assertFalse(writes.get("added").paused());
    assertNull(writes.get("gone"), "a tombstone");
  }

  @Test
  void publishingTheFolderLeavesAppAddedSourcesAloneUnlessAFileTakesTheirId() {
    Pause pause = new Pause("核对中", "ops", AT);
    Map<String, ListedSource> listed = Map.of(
        "from-app", new ListedSource(1, definition("from-app", "审稿系统添加"), null, "程继东", AT, ListedSource.APP),
        "taken", new ListedSource(1, definition("taken", "同名"), pause, "程继东", AT, ListedSource.APP),
        "file-gone", new ListedSource(1, definition("file-gone", "文件已删"), null, "collector-1", AT));
    List<SourceDefinition> folder = List.of(definition("taken", "同名"));

    Map<String, ListedSource> writes = SourceChanges.changes(listed, folder, "collector-2", AT.plusSeconds(60));

    assertEquals(List.of("taken", "file-gone"), List.copyOf(writes.keySet()), "the app's own source is not removed");
    assertEquals(ListedSource.FOLDER, writes.get("taken").origin(), "a file with the same id takes the source over");
    assertEquals(pause, writes.get("taken").pause());
    assertNull(writes.get("file-gone"), "a folder source whose file is gone is removed");
  }

  @Test
  void aRecordWithoutAnOriginIsFromTheFolderAndTheOriginTravelsInItsJson() {
    ListedSource old = Json.read(Json.write(new ListedSource(1, definition("old", "旧记录"), null, "ops", AT))
        .replace(",\"origin\":\"folder\"", ""), ListedSource.class);
    assertTrue(old.fromFolder());
    ListedSource app = new ListedSource(1, definition("new", "新记录"), null, "程继东", AT, ListedSource.APP);
    assertEquals(app, Json.read(Json.write(app), ListedSource.class));
    assertFalse(app.fromFolder());
  }
}

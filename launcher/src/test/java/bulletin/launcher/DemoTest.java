package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.record.Draft;
import bulletin.common.record.DraftSection;
import bulletin.testkit.EmbeddedKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `./bulletin demo` on its own broker: the pages written in the shape of the sites become an issue shaped like the model. */
class DemoTest {
  private static final List<String> SECTIONS = List.of("高层声音", "科技政策", "科技兴蒙", "科技专项", "科技合作",
      "他山之石", "部门动态");

  @Test
  void theDemoPrintsAnIssueWithTheModelsMastheadSectionsAndFooter() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    Path home = Path.of("..").toAbsolutePath().normalize();
    Draft draft;
    String external = System.getenv("KAFKA_BOOTSTRAP");
    if (external != null && !external.isBlank()) {
      draft = new Demo(out, home, Duration.ofSeconds(120)).run(external);
    } else {
      try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
        draft = new Demo(out, home, Duration.ofSeconds(120)).run(kafka.bootstrapServers());
      }
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);

    assertEquals(SECTIONS, draft.sections().stream().map(DraftSection::title).toList());
    for (DraftSection s : draft.sections()) {
      assertTrue(!s.items().isEmpty(), "section " + s.title() + " has items");
    }
    assertTrue(printed.contains("科 技 简 报\n\n第 1 期\n\n鄂尔多斯市科学技术局\n\n2021 年 3 月 25 日\n\n领导批示："), printed);
    int at = 0;
    for (String s : SECTIONS) {
      int next = printed.indexOf("【" + s + "】", at);
      assertTrue(next > at, s + " is printed after the previous section");
      at = next;
    }
    for (String footer : List.of("报：鄂尔多斯市委", "送：市发改委", "编辑：程继东", "审核：乔 栋", "电话：8589860", "(共印 20 份)")) {
      assertTrue(printed.contains(footer), footer);
    }
    assertTrue(printed.contains("习近平"), "the leadership's words are drafted");
    Path text = home.resolve("target/demo/2021-01.txt");
    assertTrue(Files.readString(text).startsWith("\n\n科 技 简 报"), "the draft file is written");
    long placed = draft.sections().stream().flatMap(s -> s.items().stream()).mapToLong(i -> i.itemIds().size()).sum();
    assertEquals(draft.considered(), placed + draft.setAside().size(), "every item is placed, merged or set aside");
    for (String format : List.of("txt", "html", "docx", "json")) {
      assertTrue(Files.size(home.resolve("target/demo/2021-01." + format)) > 0, format + " written");
    }
  }
}

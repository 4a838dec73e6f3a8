package bulletin.assembler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.DraftStatus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  static String seed() throws Exception {
    try (InputStream in = TextRendererTest.class.getClassLoader().getResourceAsStream("seed-2021-01.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The model issue's sections and paragraphs, each paragraph as one item. */
  static List<DraftSection> seedSections(String seed) {
    List<DraftSection> sections = new ArrayList<>();
    String title = null;
    List<DraftItem> items = new ArrayList<>();
    for (String para : seed.split("\n\n")) {
      String p = para.strip();
      if (p.startsWith("【") && p.endsWith("】")) {
        if (title != null) {
          sections.add(new DraftSection(title, items));
        }
        title = p.substring(1, p.length() - 1);
        items = new ArrayList<>();
      } else if (p.startsWith("报：")) {
        break;
      } else if (title != null && !p.isEmpty()) {
        items.add(new DraftItem(para, "", List.of(), List.of(), 1.0));
      }
    }
    sections.add(new DraftSection(title, items));
    return sections;
  }

  @Test
  void theModelIssueRendersBackByteForByte() throws Exception {
    String seed = seed();
    Draft draft = new Draft(1, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), DraftStatus.PUBLISHED, 1,
        seedSections(seed), 0, List.of());
    assertEquals(seed, TextRenderer.render(draft, BulletinProfile.defaultProfile()));
  }

  @Test
  void anEmptySectionIsNotPrinted() {
    Draft draft = new Draft(1, "2021-02", 2, 2021, LocalDate.of(2021, 4, 25), DraftStatus.DRAFTING, 1,
        List.of(new DraftSection("高层声音", List.of()),
            new DraftSection("科技政策", List.of(new DraftItem("标题。", "正文。", List.of("a"), List.of(), 1)))), 1, List.of());
    String text = TextRenderer.render(draft, BulletinProfile.defaultProfile());
    assertEquals(false, text.contains("【高层声音】"));
    assertEquals(true, text.contains("【科技政策】\n\n标题。正文。\n\n报："));
    assertEquals(true, text.contains("第 2 期\n\n鄂尔多斯市科学技术局\n\n2021 年 4 月 25 日"));
  }
}

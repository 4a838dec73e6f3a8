package bulletin.assembler;

import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The model issue (鄂尔多斯市科学技术局《科技简报》2021年第1期), for tests to compare with. */
public final class ModelIssue {
  private ModelIssue() {}

  /** The model issue as printed. */
  public static String text() throws Exception {
    try (InputStream in = ModelIssue.class.getClassLoader().getResourceAsStream("seed-2021-01.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The model issue's sections and paragraphs, each paragraph as one item. */
  public static List<DraftSection> sections(String seed) {
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
}

package bulletin.assembler.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.assembler.ModelIssue;
import bulletin.render.TextRenderer;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.DraftStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  @Test
  void theModelIssueRendersBackByteForByte() throws Exception {
    String seed = ModelIssue.text();
    Draft draft = new Draft(1, "2021-01", 1, 2021, LocalDate.of(2021, 3, 25), DraftStatus.PUBLISHED, 1,
        ModelIssue.sections(seed), 0, List.of(), null, null);
    assertEquals(seed, TextRenderer.render(draft, BulletinProfile.defaultProfile()));
  }

  @Test
  void anEmptySectionIsNotPrinted() {
    Draft draft = new Draft(1, "2021-02", 2, 2021, LocalDate.of(2021, 4, 25), DraftStatus.DRAFTING, 1,
        List.of(new DraftSection("高层声音", List.of()),
            new DraftSection("科技政策", List.of(new DraftItem("标题。", "正文。", List.of("a"), List.of(), 1)))), 1, List.of(), null, null);
    String text = TextRenderer.render(draft, BulletinProfile.defaultProfile());
    assertEquals(false, text.contains("【高层声音】"));
    assertEquals(true, text.contains("【科技政策】\n\n标题。正文。\n\n报："));
    assertEquals(true, text.contains("第 2 期\n\n鄂尔多斯市科学技术局\n\n2021 年 4 月 25 日"));
  }
}

package bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.common.profile.BulletinProfile;
import org.junit.jupiter.api.Test;

/** The plain text, whole: the model issue's paragraphs, a blank line between each, none after the last. */
class TextRendererLayoutTest {
  @Test
  void theIssueIsLaidOutParagraphByParagraph() {
    String text = TextRenderer.render(RendererSafetyAndFormatTest.draft("《求是》杂志发表重要文章。",
        "文章强调，科学技术深刻影响着国家前途命运。", "https://www.qstheory.cn/a.htm"), BulletinProfile.defaultProfile());
    assertEquals("""


        科 技 简 报

        第 1 期

        鄂尔多斯市科学技术局

        2021 年 3 月 25 日

        领导批示：

        【高层声音】

        《求是》杂志发表重要文章。文章强调，科学技术深刻影响着国家前途命运。

        【部门动态】

        3月9日，市科技局召开党组会议。

        报：鄂尔多斯市委、市人大常委会、市政府、市政协领导。

        送：市发改委、市工信局、市财政局、市生态环境局、市农牧局、市卫健委、市统计局、市能源局、市林草局。

        编辑：程继东

        审核：乔 栋

        电话：8589860

        (共印 20 份)""", text);
  }
}

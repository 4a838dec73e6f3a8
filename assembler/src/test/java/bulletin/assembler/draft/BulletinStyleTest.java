package bulletin.assembler.draft;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.common.record.SourceLevel;
import org.junit.jupiter.api.Test;

class BulletinStyleTest {
  private final BulletinStyle style = new BulletinStyle(40);

  @Test
  void theHeadlineIsTheTitleEndingInAFullStop() {
    assertEquals("科技部将推进“十四五”东西部科技创新合作行动。", style.headline(item("a", "科技政策", SourceLevel.NATIONAL,
        "科技部", "2021-03-10", "科技部将推进“十四五”东西部科技创新合作行动！", "")));
  }

  @Test
  void aSummaryWithoutADateOpensWithItsSourceAndDate() {
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "科技部将推进东西部科技创新合作行动",
        "将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏等重点工作。现已启动行动方案的编制工作。后面还有很多内容，不会进入摘要。");
    assertEquals("科技部3月10日消息称，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏等重点工作。"
        + "现已启动行动方案的编制工作。", style.summary(a));
  }

  @Test
  void aSummaryWhoseLeadCarriesADateKeepsIt() {
    var a = item("a", "科技兴蒙", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-17", "自治区科技厅调度推进科技兴蒙合作项目",
        "3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。");
    assertEquals("3月17日，自治区科技厅召开科技兴蒙合作项目视频调度会。", style.summary(a));
  }

  @Test
  void noticeFormalitiesAreNotSummarised() {
    var a = item("a", "科技专项", SourceLevel.NATIONAL, "科技部", "2021-03-15", "关于发布申报指南的通知",
        "国科发资〔2021〕62号\n各省、自治区、直辖市科技厅（委、局）：\n现将重点专项2021年度项目申报指南予以发布。");
    assertEquals("科技部3月15日消息称，现将重点专项2021年度项目申报指南予以发布。", style.summary(a));
  }

  @Test
  void aDatedLineUsesTheLeadSentenceWhenItStartsWithTheDate() {
    var a = item("a", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-09", "市科技局召开党组（扩大）会议",
        "3月9日，市科技局召开2021年第3次党组（扩大）会议，学习贯彻全市“两会”精神。会议要求……");
    assertEquals("3月9日，市科技局召开2021年第3次党组（扩大）会议，学习贯彻全市“两会”精神。", style.datedLine(a));
  }

  @Test
  void aDatedLineOtherwiseDatesTheHeadline() {
    var a = item("a", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-23", "边东调研康巴什区科技创新工作",
        "近日，边东一行调研康巴什区。");
    assertEquals("3月23日，边东调研康巴什区科技创新工作。", style.datedLine(a));
  }

  /** A sentence of exactly {@code n} characters that opens with a date: 3月10日，科科…科。 */
  private static String dated(int n) {
    String s = "3月10日，" + "科".repeat(n - 7) + "。";
    assertEquals(n, s.length());
    return s;
  }

  @Test
  void aLeadParagraphOfExactlyTheShortestLengthIsSummaryEnough() {
    BulletinStyle wide = new BulletinStyle(1000);
    String lead = dated(BulletinStyle.MIN_CHARS);
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "标题", lead + "\n第二段。");
    assertEquals(lead, wide.summary(a));
    String shorter = dated(BulletinStyle.MIN_CHARS - 1);
    var b = item("b", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "标题", shorter + "\n第二段。");
    assertEquals(shorter + "第二段。", wide.summary(b), "one character short: the next paragraph follows");
  }

  @Test
  void aSummaryStopsOnceItReachesItsLengthAtASentenceEnd() {
    BulletinStyle narrow = new BulletinStyle(20);
    String first = dated(20);
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "标题", first + "后一句。");
    assertEquals(first, narrow.summary(a));
    String shorter = dated(19);
    var b = item("b", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "标题", shorter + "后一句。");
    assertEquals(shorter + "后一句。", narrow.summary(b), "one character short: the next sentence follows");
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageChromeTest {
  private static final String TITLE = "师宗县2022年科技活动周启动";
  private static final String STORY = "5月18日，师宗县举行2022年科技活动周启动仪式，副县长出席并讲话。";

  @Test
  void menusHeadlineAndBylineAboveTheStoryAreDropped() {
    String page = "首页 要闻动态 师宗要闻\n\n要闻动态\n\n" + TITLE + "\n\n发布时间:2022-05-20 14:57  来源:县融媒体中心  浏览次数:4896\n\n"
        + STORY + "\n会议要求，各乡镇抓好落实。";
    assertEquals(STORY + "\n会议要求，各乡镇抓好落实。", PageChrome.strip(TITLE, page));
  }

  @Test
  void injectedSpamLinesAndBreadcrumbsGoEvenWithoutTheHeadline() {
    String page = "精品日韩欧美一区二区三区,伊人婷婷色,亚洲欧美日韩中另类在线\n当前位置: 首页 >> 工作动态 >> 正文\n" + STORY;
    assertEquals(STORY, PageChrome.strip("另一种说法的标题", page));
  }

  @Test
  void aStoryThatOpensByRepeatingTheTitleKeepsItsFirstSentence() {
    String text = "近日，" + TITLE + "。活动为期一周。\n全县开展科普活动二十余场。";
    assertEquals(text, PageChrome.strip(TITLE, text));
  }

  @Test
  void documentHeadersAndOneLineTextsAreLeftAsTheyAre() {
    String notice = "各有关单位:\n根据科技部火炬中心的通知，现就我市组织开展科技型中小企业评价工作通知如下。";
    assertEquals(notice, PageChrome.strip("关于开展2021年科技型中小企业评价工作的通知", notice));
    assertEquals("首页 工作动态", PageChrome.strip(TITLE, "首页 工作动态"), "no line break: nothing to tell chrome from story");
    assertEquals("首页\n工作动态", PageChrome.strip(TITLE, "首页\n工作动态"), "all chrome: kept, rather than left empty");
  }

  @Test
  void theIssuersLineAboveADocumentsHeadlineStays() {
    String text = "中共包头市委员会 包头市人民政府\n关于加快实施创新驱动发展战略的实施意见\n全市聚焦创新驱动发展，加快培育新兴产业。";
    assertEquals(text, PageChrome.strip("关于加快实施创新驱动发展战略的实施意见", text));
  }

  @Test
  void aLongParagraphBeforeTheHeadlineIsStoryAndStays() {
    String lead = "记者从自治区科技厅获悉，近日，科技部火炬中心发布通知，表扬了一批优秀技术合同认定登记机构，呼和浩特市科技成果转化中心等四家技术合同认定登记机构获评全国优秀单位。";
    String text = lead + "\n" + TITLE + "\n" + STORY;
    assertEquals(text, PageChrome.strip(TITLE, text));
  }
}

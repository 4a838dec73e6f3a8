package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The scoring extractor on pages small enough to follow its choice by hand. */
class ContentScorerTest {
  private static final String P1 = "<p>鄂尔多斯市科学技术局召开全市科技创新工作推进会议，总结上半年工作。</p>";
  private static final String P2 = "<p>会议要求各旗区科技部门围绕重点产业链，加快关键核心技术攻关。</p>";
  private static final String P3 = "<p>会议强调，要推动科技成果转化和产业化，确保各项任务落地见效。</p>";
  private static final String PROSE = P1 + P2 + P3;

  private static ContentScorer.Found find(String body) {
    return ContentScorer.find(Jsoup.parse("<html><body>" + body + "</body></html>")).orElseThrow();
  }

  private static String text(String html) {
    return Jsoup.parse(html).text();
  }

  @Test
  void theCandidateIsNamedByItsTagIdAndFirstClass() {
    ContentScorer.Found f = find("<div class=nav><a href=/>首页</a><a href=/a>工作动态</a></div>"
        + "<div id=main class=' content wide'>" + PROSE + "</div>");
    assertEquals("div#main.content", f.candidate());
    assertEquals(text(PROSE), f.content().text());
    assertEquals(text(PROSE).length(), f.textLength());
    assertEquals("div", find("<div>" + PROSE + "</div><div><a href=/>首页</a></div>").candidate());
    assertEquals("div#zoom", find("<div id=zoom>" + PROSE + "</div><div><a href=/>首页</a></div>").candidate());
  }

  @Test
  void aPageWithoutTextHasNoContent() {
    assertEquals(Optional.empty(), ContentScorer.find(Jsoup.parse("<html><body><div><img src=a.png></div></body></html>")));
    assertEquals(Optional.empty(), ContentScorer.find(Jsoup.parse("<html><body><p>短句</p></body></html>")));
  }

  @Test
  void hiddenBlocksGoUnlessTheyHoldMostOfThePage() {
    String found = find("<div class=text>" + PROSE + "<div style='display : none'>隐藏的一段文字，不是正文的内容。</div>"
        + "<div hidden>另一段隐藏的文字，也不是正文。</div><div style='color:red'>红色的一段说明，属于正文。</div></div>")
        .content().text();
    assertFalse(found.contains("隐藏"), found);
    assertTrue(found.contains("红色的一段说明"), found);
    // a saved WeChat page: the article is hidden until a script shows it
    assertEquals(text(PROSE), find("<div id=js_content style='visibility: hidden'>" + PROSE + "</div>"
        + "<div>阅读原文</div>").content().text());
  }

  @Test
  void navigationAndDialogRolesGoWhateverTheirSize() {
    String found = find("<div class=text>" + PROSE + "<div role=navigation>" + PROSE.replace("会议", "导航")
        + "</div></div>").content().text();
    assertFalse(found.contains("导航"), found);
  }

  @Test
  void aBlockNamedAsUnlikelyGoesUnlessItAlsoSoundsLikeContent() {
    String extra = "<div class=extra><p>另一栏里的一段较长的文字，介绍其他的新闻和活动。</p></div>";
    String found = find("<div>" + PROSE + PROSE + PROSE + extra + "</div>").content().text();
    assertFalse(found.contains("另一栏"), found);
    String kept = find("<div>" + PROSE + PROSE + PROSE + extra.replace("class=extra", "class='extra detail'") + "</div>")
        .content().text();
    assertTrue(kept.contains("另一栏"), kept);
  }

  @Test
  void whenTooLittleIsLeftWithoutTheUnlikelyBlocksTheyAreKept() {
    String extra = "<div class=extra><p>另一栏里的一段较长的文字，介绍其他的新闻和活动。</p></div>";
    String found = find("<div>" + PROSE + extra + "</div>").content().text();
    assertTrue(found.contains("另一栏"), found);
  }

  @Test
  void proseInsideABlockNamedAsUnlikelyIsFoundWhenNothingElseIs() {
    StringBuilder links = new StringBuilder("<ul class=list>");
    for (int i = 0; i < 20; i++) {
      links.append("<li><a href=/").append(i).append(">第").append(i).append("条新闻标题</a></li>");
    }
    ContentScorer.Found f = find("<div class=remark>" + PROSE + "</div>" + links + "</ul>");
    assertEquals("div.remark", f.candidate());
    assertEquals(text(PROSE), f.content().text());
  }

  @Test
  void siblingParagraphsOfProseJoinTheCandidate() {
    String lone = "<p>单独一段，没有链接。</p>";
    String linked = "<p><a href=/x>一段全是链接的文字，不是正文。</a></p>";
    String found = find("<div id=wrap><div class=text>" + PROSE + "</div>" + lone + linked + "<p>没有标点的短句</p></div>")
        .content().text();
    assertTrue(found.contains("单独一段，没有链接。"), found);
    assertFalse(found.contains("一段全是链接的文字"), found);
    assertFalse(found.contains("没有标点的短句"), found);
  }
}

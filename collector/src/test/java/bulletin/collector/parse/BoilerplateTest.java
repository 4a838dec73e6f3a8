package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which lines and blocks are not the article. */
class BoilerplateTest {
  @Test
  void widgetLinesAndLinksElsewhereAreBoilerplate() {
    for (String l : new String[] {"打印", "【关闭】", "[返回顶部]", "【打印】 【关闭】", "分享到：", "上一篇：会议召开",
        "责任编辑：张三", "首页 >", "工作动态 »"}) {
      assertTrue(Boilerplate.line(l), l);
    }
    for (String l : new String[] {"会议要求打印文件分发各单位。", "首页，工作动态 >", "分享经验"}) {
      assertFalse(Boilerplate.line(l), l);
    }
  }

  @Test
  void aParticularsLineIsBoilerplateWhileItIsShort() {
    String line = "发布时间：2021-03-09";
    assertTrue(Boilerplate.line(line));
    assertTrue(Boilerplate.line(line + "字".repeat(99 - line.length())), "99 characters");
    assertFalse(Boilerplate.line(line + "字".repeat(100 - line.length())), "100 characters: prose that opens so");
    assertTrue(Boilerplate.line("转载请注明出处"));
    assertTrue(Boilerplate.line("当前位置：首页"));
  }

  @Test
  void aStampLineIsBoilerplateWhileItIsShort() {
    String stamp = "2019-09-07 09:59 来源：新京报";
    assertTrue(Boilerplate.line(stamp));
    assertTrue(Boilerplate.line("2019年9月7日 09:59"));
    assertTrue(Boilerplate.line(stamp + "字".repeat(59 - stamp.length())), "59 characters");
    assertFalse(Boilerplate.line(stamp + "字".repeat(60 - stamp.length())), "60 characters");
    assertFalse(Boilerplate.line("2019-09-07 09:59，会议召开"), "a sentence");
  }

  @Test
  void aBlockIsNamedSoByItsClassOrId() {
    Element body = Jsoup.parse("<div class='bdshare_t x'></div><div id=PrintBtn></div><div class=main id=zoom></div>"
        + "<div></div>").body();
    assertTrue(Boilerplate.namedSo(body.child(0)));
    assertTrue(Boilerplate.namedSo(body.child(1)), "by its id, ignoring case");
    assertFalse(Boilerplate.namedSo(body.child(2)));
    assertFalse(Boilerplate.namedSo(body.child(3)));
  }

  @Test
  void removingTakesTheNamedBlocksButNotTheContentNorMostOfItsText() {
    Element body = Jsoup.parse("<div class=share id=content><p>第一段正文内容较长，说明会议情况。</p>"
        + "<div class=print>打印</div><div class=footer><p>第二段正文内容更长，是未闭合页脚里的文字，比其余的都长很多很多很多很多。</p></div>"
        + "<div class=relate>相关链接</div></div>").body();
    Element content = body.child(0);
    Boilerplate.removeFrom(content);
    assertEquals("第一段正文内容较长，说明会议情况。 第二段正文内容更长，是未闭合页脚里的文字，比其余的都长很多很多很多很多。",
        content.text(), "the short named blocks go; the content and the block holding half its text stay");
    assertEquals(body, content.parent());
  }

  @Test
  void aNamedBlockOfExactlyHalfTheTextStays() {
    // 8 characters of 16: not less than half
    Element body = Jsoup.parse("<div><p>一二三四五六七八</p><div class=share>甲乙丙丁戊己庚辛</div></div>").body();
    Boilerplate.removeFrom(body.child(0));
    assertTrue(body.text().contains("甲乙丙丁"), body.text());
    Element shorter = Jsoup.parse("<div><p>一二三四五六七八九</p><div class=share>甲乙丙丁戊己庚</div></div>").body();
    Boilerplate.removeFrom(shorter.child(0));
    assertFalse(shorter.text().contains("甲乙丙丁"), shorter.text());
  }
}

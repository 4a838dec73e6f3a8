package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An article body as text: a line a paragraph, source line breaks inside Chinese dropped. */
class ArticleTextTest {
  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }

  @Test
  void eachBlockAndLineBreakStartsALineAndTheTitleAndWidgetsAreDropped() {
    Element body = body("<div>标题<p>第一段\n  继续。</p><p>a\u00a0\u3000 b</p>行一<br>行二"
        + "<div>图<img src=x>片</div><p>打印</p><h2> 标题 </h2><p> </p></div>");
    assertEquals("第一段继续。\na b\n行一\n行二\n图 片", ArticleText.of(body, " 标题\u3000"));
  }

  @Test
  void withoutATitleEveryLineStays() {
    assertEquals("标题\n正文。", ArticleText.of(body("<h1>标题</h1><p>正文。</p>"), null));
  }

  @Test
  void aSourceLineBreakBesideAChineseCharacterIsNoSpace() {
    assertEquals("2021年3月，科技 abc中文", ArticleText.of(body("<p>2021年\n3月，科技 abc\n  中文</p>"), ""));
    assertEquals("科技创新", ArticleText.of(body("<p><b>科技</b>\n创新</p>"), ""));
  }

  @Test
  void preformattedTextKeepsItsLines() {
    assertEquals("甲\n乙\n丙丁", ArticleText.of(body("<pre><b>甲\n乙</b></pre><p>丙\n丁</p>"), ""));
  }
}

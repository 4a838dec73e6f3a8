package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import bulletin.collector.parse.Blocks.Measure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The text measures the scoring extractor reads, on pages small enough to count by hand. */
class BlocksTest {
  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }

  @Test
  void eachElementCountsItsCharactersLinksAndPunctuationWithoutSpaces() {
    Element body = body("<div id=d>ab，c <p>一二三。</p><a href=x>链 接,</a><span>x、</span>\u3000\u00a0\n</div>");
    Blocks blocks = Blocks.measure(body);
    Element div = body.getElementById("d");

    assertEquals(new Measure(4, 0, 1, false, 4, 1), blocks.of(body.selectFirst("p")));
    assertEquals(new Measure(3, 3, 1, false, 3, 1), blocks.of(body.selectFirst("a")), "a link's text is all link");
    assertEquals(new Measure(2, 0, 1, false, 2, 1), blocks.of(body.selectFirst("span")));
    // the div: its own text (4 characters, 1 mark), the paragraph, the link and the span; only the
    // paragraph is a block, so the rest is its inline text
    assertEquals(new Measure(13, 3, 4, true, 9, 3), blocks.of(div));
    assertEquals(new Measure(13, 3, 4, true, 0, 0), blocks.of(body), "the body holds only a block");
  }

  @Test
  void everyMarkOfTheSetCountsAndOtherSignsDoNot() {
    Element body = body("<p>，,。；！？、：;!?.（）</p>");
    Measure m = Blocks.measure(body).of(body.selectFirst("p"));
    assertEquals(8, m.punctuation());
    assertEquals(14, m.text());
  }

  @Test
  void anInlineElementHoldingABlockIsABlockForItsParent() {
    Element body = body("<div>甲乙<span><p>丙丁戊。</p></span><b>己</b></div>");
    Blocks blocks = Blocks.measure(body);
    Measure span = blocks.of(body.selectFirst("span"));
    assertEquals(true, span.hasBlock());
    assertEquals(0, span.inlineText());
    assertEquals(new Measure(7, 0, 1, true, 3, 0), blocks.of(body.selectFirst("div")));
  }

  @Test
  void linkDensityIsTheShareOfTextInLinks() {
    Element body = body("<div><a href=a>一二三</a>四五六七八九</div><div></div><p><a href=b>全是链接</a></p>");
    Blocks blocks = Blocks.measure(body);
    assertEquals(3 / 9.0, blocks.linkDensity(body.selectFirst("div")), 1e-9);
    assertEquals(0, blocks.linkDensity(body.select("div").get(1)), "no text, no links");
    assertEquals(1, blocks.linkDensity(body.selectFirst("p")), 1e-9);
  }

  @Test
  void theOrderIsThePageOrderAndAnElementOutsideHasNoMeasures() {
    Element body = body("<div><p>一</p></div><p>二</p>");
    Blocks blocks = Blocks.measure(body.selectFirst("div"));
    assertEquals(2, blocks.order().size());
    assertSame(body.selectFirst("div"), blocks.order().get(0));
    assertSame(body.selectFirst("p"), blocks.order().get(1));
    assertEquals(new Measure(0, 0, 0, false, 0, 0), blocks.of(body.select("p").get(1)));
    assertEquals(0, blocks.linkDensity(body.select("p").get(1)));
  }
}

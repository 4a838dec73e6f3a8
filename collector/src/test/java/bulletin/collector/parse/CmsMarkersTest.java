package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which marked block is the body, and what lies between a start and an end marker. */
class CmsMarkersTest {
  private static final String A = "甲".repeat(30);
  private static final String B = "乙".repeat(30);

  private static Optional<CmsMarkers.Marked> find(String body) {
    return CmsMarkers.find(Jsoup.parse("<html><body>" + body + "</body></html>"));
  }

  private static List<String> paragraphs(CmsMarkers.Marked m) {
    return m.body().select("p").stream().map(Element::text).toList();
  }

  @Test
  void ofTwoMarkedBlocksWithTextOfTheSameLengthTheFirstIsTheBody() {
    CmsMarkers.Marked m = find("<div class='TRS_Editor x'><p>" + A + "</p></div><div id=UCAP-CONTENT><p>" + B
        + "</p></div>").orElseThrow();
    assertEquals("div.TRS_Editor", m.marker());
    assertEquals(List.of(A), paragraphs(m));
  }

  @Test
  void ofTwoMarkedBlocksTheLongerIsTheBody() {
    CmsMarkers.Marked m = find("<div class=TRS_Editor><p>" + A + "</p></div><div id=UCAP-CONTENT><p>" + B
        + "乙</p></div>").orElseThrow();
    assertEquals("#UCAP-CONTENT", m.marker());
  }

  @Test
  void aMarkedBlockNeedsTwentyCharacters() {
    assertEquals("#zoom", find("<div id=zoom>" + "字".repeat(20) + "</div>").orElseThrow().marker());
    assertEquals(Optional.empty(), find("<div id=zoom>" + "字".repeat(19) + "</div>"));
  }

  @Test
  void textBetweenMarkersWinsOnlyWhenLongerThanTheMarkedBlock() {
    String between = "<!--ContentStart--><p>" + B + "</p><!--ContentEnd-->";
    assertEquals("#zoom", find("<div id=zoom><p>" + A + "</p></div>" + between).orElseThrow().marker());
    assertEquals("<!--ContentStart--> comments",
        find("<div id=zoom><p>" + A + "</p></div>" + between.replace(B, B + "乙")).orElseThrow().marker());
  }

  @Test
  void anEndMarkerDeepInsideABlockCutsThatBlockWhereItStands() {
    CmsMarkers.Marked m = find("<div><!--ContentStart--><p>一段</p><div><p>二段</p><div><p>" + A + "</p>"
        + "<!--ContentEnd--><p>之后</p></div><p>更后</p></div></div><p>页脚</p>").orElseThrow();
    assertEquals(List.of("一段", "二段", A), paragraphs(m));
  }

  @Test
  void aStartMarkerWithoutAnEndMarksNothing() {
    assertTrue(find("<!--ContentStart--><p>" + A + "</p>").isEmpty());
  }
}

package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The scoring extractor's numbers, worked out by hand on pages of a few elements: a paragraph's
 * score and its shares up the tree, the tag and name weights, the link-density shrink, the climb
 * from the best candidate, the siblings taken with it, and what the cleaning inside it removes.
 */
class ContentScorerScoresTest {
  private static final double EXACT = 1e-9;

  /** {@code length} characters, {@code commas} of them full-width commas. */
  private static String chars(int length, int commas) {
    return "字".repeat(length - commas) + "，".repeat(commas);
  }

  private static ContentScorer.Found find(String body) {
    return ContentScorer.find(page(body)).orElseThrow();
  }

  private static Document page(String body) {
    return Jsoup.parse("<html><body>" + body + "</body></html>");
  }

  private static Map<Element, Double> scores(Document doc) {
    return ContentScorer.scores(doc.body(), Blocks.measure(doc.body()));
  }

  private static double score(Map<Element, Double> scores, Document doc, String id) {
    Double s = scores.get(doc.getElementById(id));
    assertTrue(s != null, id + " has no score");
    return s;
  }

  // --- a paragraph's score and its shares

  @Test
  void aParagraphScoresOnePlusItsPunctuationPlusAHundredthOfItsLength() {
    Document doc = page("<div id=d><p>" + chars(150, 2) + "</p></div>");
    Map<Element, Double> scores = scores(doc);
    // 1 + 2 + 150/100, on top of the div's 5
    assertEquals(5 + 4.5, score(scores, doc, "d"), EXACT);
    // the grandparent, body, gets half
    assertEquals(2.25, scores.get(doc.body()), EXACT);
    assertEquals(2, scores.size(), "the paragraph itself and html take no score");
  }

  @Test
  void aParagraphsLengthCountsForAtMostThreePoints() {
    Document doc = page("<div id=d><p>" + chars(400, 0) + "</p></div>");
    assertEquals(5 + 1 + 3, score(scores(doc), doc, "d"), EXACT);
  }

  @Test
  void aParagraphOfTwentyCharactersScoresAndOneOfNineteenDoesNot() {
    Document doc = page("<div id=d><p>" + chars(20, 0) + "</p></div>");
    assertEquals(5 + 1.2, score(scores(doc), doc, "d"), EXACT);
    assertTrue(scores(page("<div><p>" + chars(19, 0) + "</p></div>")).isEmpty());
  }

  @Test
  void theSharesUpTheTreeAreFullHalfASixthANinthAndATwelfthThenNothing() {
    Document doc = page("<section id=s1><section id=s2><section id=s3><section id=s4><section id=s5>"
        + "<section id=s6><p>" + chars(150, 2) + "</p></section></section></section></section></section></section>");
    Map<Element, Double> scores = scores(doc);
    assertEquals(4.5, score(scores, doc, "s6"), EXACT);
    assertEquals(2.25, score(scores, doc, "s5"), EXACT);
    assertEquals(0.75, score(scores, doc, "s4"), EXACT);
    assertEquals(0.5, score(scores, doc, "s3"), EXACT);
    assertEquals(0.375, score(scores, doc, "s2"), EXACT);
    assertNull(scores.get(doc.getElementById("s1")), "a sixth level up takes nothing");
    assertNull(scores.get(doc.body()));
    assertEquals(5, scores.size());
  }

  @Test
  void theTextABlockHoldsBesideItsBlocksScoresForTheBlockItself() {
    // the div's own text: 30 characters, 1 comma (1 + 1 + 0.3); its paragraph: 50, 2 commas (1 + 2 + 0.5)
    Document doc = page("<div id=d>" + chars(30, 1) + "<p>" + chars(50, 2) + "</p></div>");
    Map<Element, Double> scores = scores(doc);
    assertEquals(5 + 2.3 + 3.5, score(scores, doc, "d"), EXACT);
    assertEquals(2.3 / 2 + 3.5 / 2, scores.get(doc.body()), EXACT);
  }

  @Test
  void aBlockThatIsNoParagraphScoresItsOwnTextForItself() {
    // li is not a paragraph tag: its 30 characters score 1.3 for the li (-3), half for the ul (-3)
    Document doc = page("<ul id=u><li id=i>" + chars(30, 0) + "</li></ul>");
    Map<Element, Double> scores = scores(doc);
    assertEquals(-3 + 1.3, score(scores, doc, "i"), EXACT);
    assertEquals(-3 + 0.65, score(scores, doc, "u"), EXACT);
    assertEquals(1.3 / 6, scores.get(doc.body()), EXACT);
  }

  @Test
  void aSpanWithoutPunctuationIsNoParagraphUnlessItHoldsBlocks() {
    // the div holds no block, so it is a paragraph of 30 characters itself (1.3 for the body)
    Document plain = page("<div id=d><span>" + chars(30, 0) + "</span></div>");
    Map<Element, Double> scores = scores(plain);
    assertNull(scores.get(plain.getElementById("d")), "the span gives the div nothing");
    assertEquals(1.3, scores.get(plain.body()), EXACT);
    Document punctuated = page("<div id=d><span>" + chars(30, 1) + "</span></div>");
    scores = scores(punctuated);
    assertEquals(5 + 2.3, score(scores, punctuated, "d"), EXACT);
    assertEquals(2.3 / 2 + 2.3, scores.get(punctuated.body()), EXACT);
    // a span holding a block is scored by the text beside the block, punctuation or not
    Document holding = page("<span id=s>" + chars(30, 0) + "<div>短</div></span>");
    assertEquals(1.3, score(scores(holding), holding, "s"), EXACT);
  }

  // --- the weights a candidate starts from

  @Test
  void eachTagStartsFromItsOwnWeight() {
    for (String tag : List.of("div", "article")) {
      assertEquals(5, ContentScorer.initial(new Element(tag)), tag);
    }
    for (String tag : List.of("pre", "td", "blockquote")) {
      assertEquals(3, ContentScorer.initial(new Element(tag)), tag);
    }
    for (String tag : List.of("address", "ol", "ul", "dl", "dd", "dt", "li", "form")) {
      assertEquals(-3, ContentScorer.initial(new Element(tag)), tag);
    }
    for (String tag : List.of("h1", "h2", "h3", "h4", "h5", "h6", "th")) {
      assertEquals(-5, ContentScorer.initial(new Element(tag)), tag);
    }
    for (String tag : List.of("section", "p", "span", "body")) {
      assertEquals(0, ContentScorer.initial(new Element(tag)), tag);
    }
  }

  @Test
  void theClassAndTheIdEachAddTheirNamesWeight() {
    assertEquals(5 + 25, ContentScorer.initial(new Element("div").attr("class", "article-content")));
    assertEquals(5 - 25, ContentScorer.initial(new Element("div").attr("id", "sidebar")));
    assertEquals(5 + 25 + 25, ContentScorer.initial(new Element("div").attr("class", "main").attr("id", "zoom")));
    assertEquals(0 + 25 - 25, ContentScorer.initial(new Element("section").attr("class", "text").attr("id", "share")));
  }

  @Test
  void aNameSayingContentWeighsPlusTwentyFiveAndOneSayingBoilerplateMinusTwentyFive() {
    assertEquals(25, ContentScorer.weight("zhengwen"));
    assertEquals(-25, ContentScorer.weight("comment"));
    assertEquals(0, ContentScorer.weight("comment-content"), "both");
    assertEquals(0, ContentScorer.weight("wrap"), "neither");
    assertEquals(0, ContentScorer.weight(" "));
  }

  // --- the link-density shrink

  @Test
  void eachScoreShrinksByTheShareOfItsTextInLinks() {
    Document doc = page("<div id=a><p>" + chars(70, 0) + "<a href=/x>" + chars(10, 0) + "</a>" + chars(20, 0) + "</p></div>"
        + "<div id=b><p>" + chars(100, 0) + "</p></div>");
    Blocks blocks = Blocks.measure(doc.body());
    Map<Element, Double> scores = ContentScorer.scores(doc.body(), blocks);
    assertEquals(7, score(scores, doc, "a"), EXACT);
    assertEquals(7, score(scores, doc, "b"), EXACT);
    assertEquals(2, scores.get(doc.body()), EXACT);
    Element best = ContentScorer.best(scores, blocks);
    assertSame(doc.getElementById("b"), best);
    assertEquals(7 * 0.9, score(scores, doc, "a"), EXACT); // 10 of 100 characters are links
    assertEquals(7, score(scores, doc, "b"), EXACT);
    assertEquals(2 * 0.95, scores.get(doc.body()), EXACT); // 10 of 200
  }

  @Test
  void ofCandidatesScoringTheSameTheFirstInTheMapsOrderIsTaken() {
    Document doc = page("<div id=a></div><div id=b></div><div id=c></div>");
    Map<Element, Double> scores = new LinkedHashMap<>();
    scores.put(doc.getElementById("a"), -2.0);
    scores.put(doc.getElementById("b"), 3.0);
    scores.put(doc.getElementById("c"), 3.0);
    assertSame(doc.getElementById("b"), ContentScorer.best(scores, Blocks.measure(doc.body())));
  }

  @Test
  void aCandidateScoringBelowZeroIsStillTheBestOfOne() {
    Document doc = page("<h1 id=h>" + chars(20, 0) + "</h1>");
    Blocks blocks = Blocks.measure(doc.body());
    Map<Element, Double> scores = ContentScorer.scores(doc.body(), blocks);
    assertEquals(-5 + 1.2, score(scores, doc, "h"), EXACT);
    scores.remove(doc.body());
    assertSame(doc.getElementById("h"), ContentScorer.best(scores, blocks));
  }

  // --- the climb

  private static final String TREE = "<div id=g><div id=p><div id=t></div><div id=t2></div></div><div id=p2></div></div>"
      + "<div id=other></div>";

  private static String climb(Document doc, Map<String, Double> byId) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    byId.forEach((id, s) -> scores.put(id.equals("body") ? doc.body() : doc.getElementById(id), s));
    return ContentScorer.climb(doc.getElementById("t"), scores, doc.body()).id();
  }

  @Test
  void theClimbTakesAParentScoringMoreThanTheCandidate() {
    assertEquals("p", climb(page(TREE), Map.of("t", 9.0, "p", 10.0, "g", 50.0)));
  }

  @Test
  void theClimbPassesAParentScoringTheSameForOneAboveScoringMore() {
    assertEquals("g", climb(page(TREE), Map.of("t", 9.0, "p", 9.0, "g", 9.5)));
    assertEquals("t", climb(page(TREE), Map.of("t", 9.0, "p", 9.0, "g", 9.0)));
  }

  @Test
  void theClimbComparesEachParentWithTheLastScoreSeenNotTheCandidates() {
    assertEquals("g", climb(page(TREE), Map.of("t", 9.0, "p", 5.0, "g", 6.0)));
    assertEquals("t", climb(page(TREE), Map.of("t", 9.0, "p", 5.0, "g", 4.0)));
  }

  @Test
  void theClimbStopsAtAParentScoringUnderAThirdOfTheCandidate() {
    assertEquals("t", climb(page(TREE), Map.of("t", 9.0, "p", 2.99, "g", 100.0)));
    assertEquals("g", climb(page(TREE), Map.of("t", 9.0, "p", 3.0, "g", 100.0)), "exactly a third goes on");
  }

  @Test
  void theClimbPassesParentsWithoutAScoreAndStopsBelowTheBody() {
    assertEquals("g", climb(page(TREE), Map.of("t", 9.0, "g", 10.0)));
    assertEquals("t", climb(page(TREE), Map.of("t", 9.0, "body", 100.0)));
  }

  @Test
  void anOnlyChildGivesWayToItsParentWhichKeepsTheHigherOfTheTwoScores() {
    Document doc = page("<div id=o><div id=m><div id=t></div></div></div><div id=other></div>");
    Map<Element, Double> scores = new IdentityHashMap<>();
    scores.put(doc.getElementById("t"), 9.0);
    scores.put(doc.getElementById("m"), 2.0);
    scores.put(doc.getElementById("o"), 50.0);
    Element top = ContentScorer.climb(doc.getElementById("t"), scores, doc.body());
    assertSame(doc.getElementById("o"), top);
    assertEquals(9, scores.get(doc.getElementById("m")), EXACT);
    assertEquals(50, scores.get(doc.getElementById("o")), EXACT);
  }

  @Test
  void anOnlyChildOfTheBodyDoesNotGiveWayToTheBody() {
    Document doc = page("<div id=o><div id=t></div></div>");
    Map<Element, Double> scores = new IdentityHashMap<>();
    scores.put(doc.getElementById("t"), 9.0);
    assertSame(doc.getElementById("o"), ContentScorer.climb(doc.getElementById("t"), scores, doc.body()));
    assertEquals(9, scores.get(doc.getElementById("o")), EXACT);
    assertNull(scores.get(doc.body()));
  }

  // --- the siblings

  private static List<String> kept(Document doc, String top, Map<String, Double> byId) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    byId.forEach((id, s) -> scores.put(doc.getElementById(id), s));
    Element content = ContentScorer.withSiblings(doc, doc.getElementById(top), scores, Blocks.measure(doc.body()));
    assertSame(doc.body(), content.parent());
    assertEquals("div", content.normalName());
    return content.children().stream().map(Element::id).toList();
  }

  @Test
  void siblingsScoringAFifthOfTheCandidateOrMoreAreKept() {
    String html = "<div><div id=t></div><div id=a></div><div id=b></div><div id=c></div></div>";
    assertEquals(List.of("t", "a"), kept(page(html), "t", Map.of("t", 100.0, "a", 20.0, "b", 19.99)));
  }

  @Test
  void siblingsScoringUnderTenAreNotKeptWhateverTheCandidate() {
    String html = "<div><div id=a></div><div id=t></div><div id=b></div></div>";
    assertEquals(List.of("a", "t"), kept(page(html), "t", Map.of("t", 30.0, "a", 10.0, "b", 9.99)));
  }

  @Test
  void siblingsOfTheCandidatesClassGetAFifthOfItsScoreAsABonus() {
    String html = "<div><div id=t class='x y'></div><div id=a class='x y'></div><div id=b class=y></div>"
        + "<div id=c class='x y'></div><div id=d class='x y'></div></div>";
    assertEquals(List.of("t", "a"), kept(page(html), "t", Map.of("t", 100.0, "a", 0.0, "b", 19.9, "d", -0.5)));
  }

  @Test
  void siblingsWithoutAClassGetNoBonusFromACandidateWithoutOne() {
    String html = "<div><div id=t></div><div id=a></div></div>";
    assertEquals(List.of("t"), kept(page(html), "t", Map.of("t", 100.0, "a", 10.0)));
  }

  @Test
  void paragraphsOfMoreThanEightyCharactersWithFewLinksAreKept() {
    String html = "<div><div id=t></div><p id=long>" + chars(81, 0) + "</p><p id=short>" + chars(80, 0) + "</p>"
        + "<p id=fewlinks>" + chars(76, 0) + "<a href=/x>" + chars(24, 0) + "</a></p>"
        + "<p id=links>" + chars(75, 0) + "<a href=/x>" + chars(25, 0) + "</a></p>"
        + "<div id=div>" + chars(100, 0) + "</div></div>";
    assertEquals(List.of("t", "long", "fewlinks"), kept(page(html), "t", Map.of("t", 100.0)));
  }

  @Test
  void shortParagraphsAreKeptWhenTheyHavePunctuationAndNoLinks() {
    String html = "<div><div id=t></div><p id=a>短，句</p><p id=b>短，句<a href=/x>链</a></p><p id=c>短句</p>"
        + "<div id=d>短，句</div><p id=e> </p></div>";
    assertEquals(List.of("t", "a"), kept(page(html), "t", Map.of("t", 100.0)));
  }

  @Test
  void aCandidateWithoutAParentIsTheContentAlone() {
    Document doc = page("");
    Element alone = new Element("p").text("孤立的一段。");
    Element content = ContentScorer.withSiblings(doc, alone, new IdentityHashMap<>(), Blocks.measure(doc.body()));
    assertEquals(List.of(alone), content.children());
  }

  // --- the cleaning inside the content

  /**
   * Whether the block {@code #x} in {@code inside} is kept when it sits in the content beside a
   * paragraph of {@code prose} characters.
   */
  private static boolean kept(int prose, String inside) {
    Document doc = page("<div id=c><p>" + chars(prose, 0) + "</p>" + inside + "</div>");
    assertTrue(doc.getElementById("x") != null, inside);
    ContentScorer.removeNonProse(doc.getElementById("c"), Blocks.measure(doc.body()));
    return doc.getElementById("x") != null;
  }

  private static boolean kept(String inside) {
    return kept(300, inside);
  }

  @Test
  void aBlockNamedAsBoilerplateGoesUnlessItHoldsMoreThanHalfTheContent() {
    assertFalse(kept(300, "<div id=x class=share>" + chars(300, 12) + "</div>"), "exactly half");
    assertTrue(kept(299, "<div id=x class=share>" + chars(300, 12) + "</div>"));
  }

  @Test
  void aBlockNamedAsBoilerplateByItsIdAloneGoesToo() {
    Document doc = page("<div id=c><p>" + chars(300, 0) + "</p><div id=comment class=probe>" + chars(300, 12)
        + "</div></div>");
    ContentScorer.removeNonProse(doc.getElementById("c"), Blocks.measure(doc.body()));
    assertTrue(doc.select(".probe").isEmpty(), "the class says nothing, the id says boilerplate");
  }

  @Test
  void aBlockWhoseNameSaysBothContentAndBoilerplateIsJudgedByItsText() {
    assertTrue(kept("<div id=x class='share content'>" + chars(30, 10) + "</div>"));
    assertTrue(kept("<div id=x>" + chars(30, 10) + "</div>"));
  }

  @Test
  void tenPunctuationMarksMakeABlockProse() {
    assertTrue(kept("<div id=x><a href=/1>" + chars(20, 10) + "</a></div>"));
    assertFalse(kept("<div id=x><a href=/1>" + chars(20, 9) + "</a></div>"));
  }

  @Test
  void twoPicturesWithShortTextAndFewParagraphsGo() {
    assertFalse(kept("<div id=x><img src=a.png><img src=b.png>扫码关注</div>"));
    assertTrue(kept("<div id=x><img src=a.png>扫码关注</div>"), "one picture");
    assertTrue(kept("<div id=x><img src=a.png><img src=b.png><p>图为会议现场</p></div>"), "a paragraph for two");
    assertFalse(kept("<div id=x><img src=a.png><img src=b.png><img src=c.png><p>图为会议现场</p></div>"));
    assertFalse(kept("<div id=x><img src=a.png><img src=b.png>" + chars(99, 0) + "</div>"));
    assertTrue(kept("<div id=x><img src=a.png><img src=b.png>" + chars(100, 0) + "</div>"), "100 characters");
  }

  private static String items(int n) {
    return "<li>项</li>".repeat(n);
  }

  @Test
  void aBlockHoldingMoreThanAHundredListItemsBeyondItsParagraphsGoes() {
    assertFalse(kept("<div id=x><ul>" + items(101) + "</ul></div>"));
    assertTrue(kept("<div id=x><ul>" + items(100) + "</ul></div>"));
    assertTrue(kept("<div id=x><ul>" + items(101) + "</ul><p>说明</p></div>"));
    assertTrue(kept("<ul id=x>" + items(101) + "</ul>"), "a list itself is not judged by its items");
  }

  @Test
  void aBlockOfMoreThanAFifthLinksWithoutASentenceGoesUnlessItIsAListOrNamedAsContent() {
    assertFalse(kept("<div id=x>" + chars(7, 0) + "<a href=/1>" + chars(3, 0) + "</a></div>"));
    assertTrue(kept("<div id=x>" + chars(8, 0) + "<a href=/1>" + chars(2, 0) + "</a></div>"), "a fifth");
    assertTrue(kept("<div id=x>字字字字字字。<a href=/1>" + chars(3, 0) + "</a></div>"), "a sentence");
    assertTrue(kept("<div id=x class=content>" + chars(7, 0) + "<a href=/1>" + chars(3, 0) + "</a></div>"));
    assertFalse(kept("<div id=x class=wrap>" + chars(7, 0) + "<a href=/1>" + chars(3, 0) + "</a></div>"));
    assertTrue(kept("<ul id=x><li>" + chars(7, 0) + "<a href=/1>" + chars(3, 0) + "</a></li></ul>"), "a list");
  }

  @Test
  void anyBlockOfMoreThanHalfLinksWithoutASentenceGoes() {
    assertFalse(kept("<ul id=x><li>" + chars(4, 0) + "<a href=/1>" + chars(5, 0) + "</a></li></ul>"));
    assertTrue(kept("<ul id=x><li>" + chars(5, 0) + "<a href=/1>" + chars(5, 0) + "</a></li></ul>"), "half");
    assertTrue(kept("<ul id=x><li>字字字字。<a href=/1>" + chars(6, 0) + "</a></li></ul>"), "a sentence");
    assertFalse(kept("<div id=x class=content>" + chars(4, 0) + "<a href=/1>" + chars(5, 0) + "</a></div>"),
        "whatever its name");
  }

  // --- what goes before scoring

  private static boolean keptBeforeScoring(String body, boolean removeUnlikely) {
    Document doc = page(body);
    assertTrue(doc.getElementById("x") != null, body);
    ContentScorer.prepare(doc.body(), removeUnlikely);
    return doc.getElementById("x") != null;
  }

  @Test
  void aHiddenBlockHoldingHalfThePagesTextStays() {
    assertTrue(keptBeforeScoring("<div>" + chars(100, 0) + "</div><div id=x hidden>" + chars(100, 0) + "</div>", true));
    assertFalse(keptBeforeScoring("<div>" + chars(102, 0) + "</div><div id=x hidden>" + chars(98, 0) + "</div>", false));
    assertTrue(keptBeforeScoring("<div>" + chars(100, 0) + "</div><div id=x style='display:none'>" + chars(100, 0)
        + "</div>", true));
  }

  @Test
  void aBlockNamedAsUnlikelyHoldingHalfThePagesTextStays() {
    String half = "<div>" + chars(100, 0) + "</div><div id=x class=extra>" + chars(100, 0) + "</div>";
    String less = "<div>" + chars(102, 0) + "</div><div id=x class=extra>" + chars(98, 0) + "</div>";
    assertTrue(keptBeforeScoring(half, true));
    assertFalse(keptBeforeScoring(less, true));
    assertTrue(keptBeforeScoring(less, false), "only the first attempt removes unlikely blocks");
  }

  // --- the two attempts

  @Test
  void aFirstAttemptKeepingTwoHundredCharactersIsTaken() {
    String extra = "<div class=extra><p>另一栏里的一段较长的文字，介绍其他的新闻和活动。</p></div>";
    String prose = chars(190, 10);
    ContentScorer.Found two = find("<div><p>" + prose + "甲乙丙丁戊己庚辛壬癸" + "</p>" + extra + "</div>");
    assertEquals(200, two.textLength());
    assertFalse(two.content().text().contains("另一栏"), two.content().text());
    ContentScorer.Found less = find("<div><p>" + prose + "甲乙丙丁戊己庚辛壬" + "</p>" + extra + "</div>");
    assertTrue(less.content().text().contains("另一栏"), "199 characters: the second attempt keeps more");
  }

  @Test
  void whenBothAttemptsKeepAsMuchTheFirstIsTaken() {
    // without the unlikely block the page's prose is 甲's; with it, 乙's block scores best alone
    String nav = "<ul><li><a href=/1>首页</a></li><li><a href=/2>工作动态</a></li></ul>";
    String first = "<div><p>" + "甲".repeat(98) + "，，</p></div>";
    String unlikely = "<div class=extra><p>" + "乙".repeat(95) + "，，，，，</p></div>";
    ContentScorer.Found f = find(nav + first + unlikely);
    assertEquals("甲".repeat(98) + "，，", f.content().text());
    assertEquals("div", f.candidate());
  }

  @Test
  void boilerplateInsideTheContentIsRemoved() {
    String found = find("<div class=text><p>" + chars(150, 10) + "</p><p class=dayin>打印本页，关闭窗口</p></div>")
        .content().text();
    assertEquals(chars(150, 10), found);
  }
}

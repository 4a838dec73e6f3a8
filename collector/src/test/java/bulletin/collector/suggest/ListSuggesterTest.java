package bulletin.collector.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggest on small pages in the shapes government sites give their lists. */
class ListSuggesterTest {
  private static final URI HOME = URI.create("https://kjj.example.gov.cn/");
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);

  private static Suggestion suggest(String body) {
    return ListSuggester.suggest("<html><head><title>某市科学技术局</title></head><body>" + body + "</body></html>", HOME,
        TODAY);
  }

  private static String items(String template, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 1; k <= n; k++) {
      b.append(template.replace("{k}", Integer.toString(k)).replace("{d}", String.format("%02d", 10 + k)));
    }
    return b.toString();
  }

  @Test
  void aListWhoseLinksHoldTheDateReadsTheHeadlineFromItsOwnPart() {
    Suggestion s = suggest("<h2 class=\"lm-title\">工作动态</h2><ul class=\"news\">" + items(
        "<li><a href=\"/gzdt/202103/t202103{d}_10{k}.html\"><p class=\"tt\">市科技局召开第{k}次科技创新工作会议</p>"
            + "<span class=\"time\">2021-03-{d}</span></a></li>", 5) + "</ul>");
    Candidate c = s.suggested().get(0);
    assertEquals("工作动态", c.name());
    assertEquals("市科技局召开第1次科技创新工作会议", c.items().get(0).title());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 11)), c.items().get(0).date());
    assertEquals("a p.tt", c.selectors().title());
  }

  @Test
  void slideTabsNameTheirPanelsInOrder() {
    Suggestion s = suggest("<div class=\"slide\"><div class=\"hd\"><ul><li class=\"on\">工作动态</li><li>通知公告</li></ul>"
        + "<a class=\"more\" href=\"/gzdt/\">更多</a></div><div class=\"bd\">"
        + "<ul>" + items("<li><a href=\"/gzdt/202103/t2021031{k}_1{k}.html\">市科技局开展第{k}次科技服务进企业活动</a>"
            + "<span>2021-03-{d}</span></li>", 3) + "</ul>"
        + "<ul>" + items("<li><a href=\"/tzgg/202103/t2021032{k}_2{k}.html\">关于申报第{k}批科技创新券的通知公告</a>"
            + "<span>2021-03-{d}</span></li>", 3) + "</ul></div></div>");
    assertEquals(List.of("工作动态", "通知公告"), s.candidates().stream().map(Candidate::name).sorted().toList());
    Candidate tzgg = s.candidates().stream().filter(c -> c.name().equals("通知公告")).findFirst().orElseThrow();
    assertTrue(tzgg.items().get(0).title().startsWith("关于申报第1批"), tzgg.items().toString());
    assertEquals("tab", tzgg.column().foundBy());
  }

  @Test
  void aDayPrintedApartFromItsYearAndMonthIsADate() {
    Suggestion s = suggest("<div class=\"title\">通知公告</div><ul>" + items(
        "<li><div class=\"date\"><b>{d}</b><i>2021-03</i></div><a href=\"/tzgg/art_{k}0{k}.html\">关于开展第{k}批科技项目申报的通知</a></li>",
        4) + "</ul>");
    Candidate c = s.suggested().get(0);
    assertEquals("11 2021-03", c.items().get(0).shownDate().orElseThrow());
    assertEquals(Optional.of(LocalDate.of(2021, 3, 11)), c.items().get(0).date());
    assertEquals("div.date", c.selectors().date());
  }

  @Test
  void aMoreLinkAtTheEndIsNoItem() {
    Suggestion s = suggest("<h3>通知公告</h3><ul class=\"list\">" + items(
        "<li><a href=\"/tzgg/{k}2345.html\">关于第{k}批高新技术企业认定的通知</a><span>2021-03-{d}</span></li>", 3)
        + "<li><a href=\"/tzgg/index.html\">更多通知公告</a></li></ul>");
    Candidate c = s.suggested().get(0);
    assertEquals(3, c.items().size());
    assertEquals("ul.list > li:has(span)", c.selectors().item());
  }

  @Test
  void aMenuOfUndatedLinksIsBelowTheThreshold() {
    Suggestion s = suggest("<ul class=\"menu\">" + items("<li><a href=\"/zt/{k}/index{k}123.html\">专题栏目第{k}个专题活动</a></li>", 6)
        + "</ul>");
    assertTrue(s.suggested().isEmpty(), s.candidates().toString());
    assertTrue(s.candidates().get(0).reasons().contains("most items show no date -30"), s.candidates().get(0).reasons()
        .toString());
  }

  @Test
  void aHanwebListFilledByScriptIsNamedWithItsDataUrl() {
    Suggestion s = suggest("<div id=\"4495\"><script type=\"text/xml\"><datastore><recordset>"
        + "<record><![CDATA[<li><a href=\"/art/2021/3/10/art_1_2.html\">通知一</a></li>]]></record>"
        + "<record><![CDATA[<li><a href=\"/art/2021/3/9/art_1_3.html\">通知二</a></li>]]></record>"
        + "</recordset></datastore></script>"
        + "<script>var url='/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&columnid=4495';</script></div>");
    assertEquals(List.of("Hanweb's jpage datastore holds 2 items in a <script type=\"text/xml\">; its data URL: "
        + "https://kjj.example.gov.cn/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&columnid=4495"),
        s.scriptLists());
    assertTrue(s.cms().stream().anyMatch(c -> c.startsWith("Hanweb")), s.cms().toString());
  }

  @Test
  void feedsAndPaginationAreNoted() {
    Suggestion s = suggest("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
        + "<div class=\"page\"><a href=\"index_1.html\">2</a><a href=\"index_1.html\">下一页</a></div>");
    assertEquals(List.of("https://kjj.example.gov.cn/rss.xml"), s.feeds());
    assertTrue(s.pagination().get(0).startsWith("a 下一页 link to https://kjj.example.gov.cn/index_1.html"), s.pagination()
        .toString());
    assertTrue(s.pagination().get(1).contains("pageUrl: \"index_{n}.html\""), s.pagination().toString());
  }

  @Test
  void theGuessesFollowTheHostAndTheColumn() {
    Suggestion s = suggest("<h2>通知公告</h2><ul>" + items(
        "<li><a href=\"/tzgg/{k}2345.html\">关于第{k}批高新技术企业认定的通知</a><span>2021-03-{d}</span></li>", 3) + "</ul>");
    Candidate c = s.suggested().get(0);
    assertEquals("kjj-example-tzgg", c.guess().id());
    assertEquals("某市科学技术局", c.guess().name());
    assertEquals("peer", c.guess().level().wireName()); // a city's bureau, not Ordos's: a peer
    assertEquals("他山之石", c.guess().sectionHint());
    assertEquals("科技专项", SourceGuess.sectionHint(bulletin.common.record.SourceLevel.MUNICIPAL, "通知公告"));
    assertTrue(c.yaml().contains("id: kjj-example-tzgg   # guess"), c.yaml());
    assertEquals("municipal", SourceGuess.level("kjj.ordos.gov.cn", "鄂尔多斯市科学技术局").wireName());
    assertEquals("regional", SourceGuess.level("kjt.nmg.gov.cn", "内蒙古自治区科学技术厅").wireName());
    assertEquals("national", SourceGuess.level("www.most.gov.cn", "科学技术部").wireName());
    assertEquals("peer", SourceGuess.level("kjt.zj.gov.cn", "浙江省科学技术厅").wireName());
  }
}

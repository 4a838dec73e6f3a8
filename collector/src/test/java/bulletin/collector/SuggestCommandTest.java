package bulletin.collector;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceDefinition;
import bulletin.common.cli.Cli;
import bulletin.testkit.LocalSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `collector suggest` through the collector's entry point, on a bureau's homepage served by a real
 * HTTP server: tabbed lists in the TRS manner (GBK, setTab panels, t20210310_… articles).
 */
class SuggestCommandTest {
  private static final Charset GBK = Charset.forName("GBK");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;
  private LocalSite site;

  @BeforeEach
  void start() throws Exception {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, UTF_8));
    System.setErr(new PrintStream(err, true, UTF_8));
    site = LocalSite.start();
    site.page("/", HOMEPAGE, GBK);
    String[][] articles = {
        {"tzgg/202103/t20210317_173301.html", "关于组织申报2021年度市级科技计划项目的通知", "2021-03-17"},
        {"tzgg/202103/t20210312_173222.html", "关于公布第二批科技型中小企业入库名单的公告", "2021-03-12"}};
    for (String[] a : articles) {
      site.page("/" + a[0], "<html><head><meta charset=\"gb2312\"><title>" + a[1] + "_市科学技术局</title></head><body>"
          + "<div class=\"nav\"><a href=\"/\">首页</a></div><h1 class=\"xl-title\">" + a[1] + "</h1>"
          + "<div class=\"xl-info\">发布时间：" + a[2] + " 来源：市科学技术局</div>"
          + "<div class=\"TRS_Editor\"><p>各旗区科技局，有关单位：根据《市级科技计划项目管理办法》，现就" + a[1]
          + "有关事项通知如下。</p><p>一、申报范围。在本市注册的企业、高校和科研院所均可申报，申报单位应具备相应的研发条件。</p>"
          + "<p>二、申报时间。请于2021年4月30日前通过系统提交申报材料，逾期不予受理。</p></div>"
          + "<div class=\"footer\">主办：市科学技术局</div></body></html>", GBK);
    }
    site.page("/empty.html", "<html><body><h1>网站维护中</h1><p>请稍后访问。</p></body></html>", UTF_8);
  }

  @AfterEach
  void stop() {
    site.close();
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private static final String HOMEPAGE = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某市科学技术局</title>
      <script>function setTab(name,cursel,n){}</script></head><body>
      <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/kjdt/">科技动态</a><a href="/bsfw/">办事服务</a></div>
      <div class="tabs">
        <span id="news1" onmouseover="setTab('news',1,2)"><a href="./gzdt/">工作动态</a></span>
        <span id="news2" onmouseover="setTab('news',2,2)"><a href="./tzgg/">通知公告</a></span>
      </div>
      <div id="con_news_1"><ul class="list">
        <li><a href="./gzdt/202103/t20210318_173320.html" title="市科技局召开2021年全市科技工作会议">市科技局召开2021年全市科技工作会议</a><span>[2021-03-18]</span></li>
        <li><a href="./gzdt/202103/t20210316_173280.html" title="市科技局赴达拉特旗调研科技创新工作">市科技局赴达拉特旗调研科技创新工作</a><span>[2021-03-16]</span></li>
        <li><a href="./gzdt/202103/t20210311_173201.html" title="我市三家企业获评国家高新技术企业">我市三家企业获评国家高新技术企业</a><span>[2021-03-11]</span></li>
      </ul></div>
      <div id="con_news_2" style="display:none"><ul class="list">
        <li><a href="./tzgg/202103/t20210317_173301.html">关于组织申报2021年度市级科技计划项目...</a><span>[2021-03-17]</span></li>
        <li><a href="./tzgg/202103/t20210312_173222.html" title="关于公布第二批科技型中小企业入库名单的公告">关于公布第二批科技型中小企业入库名单的公告</a><span>[2021-03-12]</span></li>
        <li><a href="./tzgg/202103/t20210305_173150.html" title="关于开展2021年度科技特派员选派工作的通知">关于开展2021年度科技特派员选派工作的通知</a><span>[2021-03-05]</span></li>
        <li><a href="./tzgg/202102/t20210226_173100.html" title="关于征集2021年度科技重大专项需求的通知">关于征集2021年度科技重大专项需求的通知</a><span>[2021-02-26]</span></li>
        <li><a href="./tzgg/202102/t20210219_173010.html" title="关于做好2021年度科技统计工作的通知">关于做好2021年度科技统计工作的通知</a><span>[2021-02-19]</span></li>
      </ul></div>
      <div class="links"><a href="http://www.most.gov.cn/">科技部</a><a href="http://kjt.nmg.gov.cn/">自治区科技厅</a></div>
      <a href="/rss/tzgg.xml">RSS</a>
      </body></html>
      """;

  private int suggest(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "suggest";
    System.arraycopy(args, 0, all, 1, args.length);
    System.arraycopy(new String[] {"--set", "fetch.allow-loopback=true", "--set", "fetch.delay=0s"}, 0, all,
        args.length + 1, 4);
    return Cli.run(new CollectorMain(), all);
  }

  private String printed() {
    return out.toString(UTF_8);
  }

  @Test
  void printsTheListsWithTheirNamesItemsDatesAndDefinitions() {
    int code = suggest(site.url("/").toString());
    assertEquals(0, code, err.toString(UTF_8) + printed());
    String p = printed();
    assertTrue(p.contains("2 lists found, 2 suggested"), p);
    assertTrue(p.contains("[1] 通知公告") && p.contains("[2] 工作动态"), p);
    assertTrue(p.contains("(name from the tab)"), p);
    assertTrue(p.lines().anyMatch(l -> l.matches("\\s+\\[2021-03-17]\\s+2021-03-17  关于组织申报2021年度市级科技计划项目\\.\\.\\.")), p);
    assertTrue(p.contains("item: \"div#con_news_2 > ul.list > li\""), p);
    assertTrue(p.contains("level: ") && p.contains("# guess"), p);
    assertTrue(p.contains("CMS family: TRS WCM"), p);
    assertTrue(p.contains("feeds: " + site.url("/rss/tzgg.xml")), p);
    assertTrue(p.contains("first article of list 1: " + site.url("/tzgg/202103/t20210317_173301.html")), p);
    assertTrue(p.contains("article keys: adds article.title \"h1.xl-title\" where the detection falls short"), p);
  }

  @Test
  void savesTheChosenListAndTestsItWithItsFirstArticle(@TempDir Path dir) throws Exception {
    int first = suggest(site.url("/").toString());
    assertEquals(0, first);
    int tzgg = printed().contains("[1] 通知公告") ? 1 : 2;
    out.reset();
    Path file = dir.resolve("sources").resolve("city-tzgg.yaml");
    int code = suggest(site.url("/").toString(), "--pick", Integer.toString(tzgg), "--save", file.toString());
    String p = printed();
    assertEquals(0, code, err.toString(UTF_8) + p);
    SourceDefinition saved = SourceCatalog.read(file);
    assertEquals("city-tzgg", saved.id());
    assertEquals("div#con_news_2 > ul.list > li", saved.list().item());
    assertEquals("h1.xl-title", saved.article().title(), "the list cuts the first title short");
    assertTrue(p.contains("first article of list " + tzgg + ": " + site.url("/tzgg/202103/t20210317_173301.html")), p);
    assertTrue(p.contains("title: 关于组织申报2021年度市级科技计划项目的通知  ← article.title \"h1.xl-title\""), p);
    assertTrue(p.contains("date:  2021-03-17  ← the article's URL"), p);
    assertTrue(p.contains("found by CMS marker (div.TRS_Editor): no article.body needed"), p);
    assertTrue(p.contains("matched 5, 5 with a link, 0 without a date"), p); // test-source's own lines
    assertTrue(p.contains("first article: body found by CMS marker (div.TRS_Editor)"), p);
  }

  @Test
  void readsASavedPageAndSavesWithoutFetchingArticles(@TempDir Path dir) throws Exception {
    Path saved = dir.resolve("home.html");
    Files.write(saved, HOMEPAGE.getBytes(GBK));
    Path file = dir.resolve("city-gzdt.yaml");
    int code = suggest("https://kjj.example.gov.cn/", "--page", saved.toString(), "--save", file.toString());
    String p = printed();
    assertEquals(0, code, err.toString(UTF_8) + p);
    assertTrue(p.contains("https://kjj.example.gov.cn/tzgg/202103/t20210317_173301.html"), p);
    assertFalse(p.contains("first article of list"), p);
    assertEquals(0, site.hits("/tzgg/202103/t20210317_173301.html"));
    assertEquals("https://kjj.example.gov.cn/", SourceCatalog.read(file).listUrls().get(0));
  }

  @Test
  void aPageWithoutListsSaysSoAndExitsOne() {
    int code = suggest(site.url("/empty.html").toString());
    assertEquals(1, code);
    assertTrue(printed().contains("0 lists found, 0 suggested"), printed());
    assertTrue(printed().contains("no article list reaches the threshold (50)"), printed());
  }

  @Test
  void aSiteThatFailsIsOneSentence() {
    int code = suggest(site.url("/gone.html").toString());
    assertEquals(1, code);
    assertTrue(err.toString(UTF_8).startsWith("error: "), err.toString(UTF_8));
    assertFalse(err.toString(UTF_8).contains("Usage:"), err.toString(UTF_8));
  }

  @Test
  void badArgumentsPrintTheUsage(@TempDir Path dir) {
    String[][] bad = {
        {},
        {"ftp://example.gov.cn/"},
        {"not a url"},
        {site.url("/").toString(), "--pick", "2"},
        {site.url("/").toString(), "--pick", "0", "--save", dir.resolve("a.yaml").toString()},
        {site.url("/").toString(), "--save", dir.resolve("Not_An_Id.yaml").toString()},
        {site.url("/").toString(), "--pick", "9", "--save", dir.resolve("a.yaml").toString()},
        {site.url("/").toString(), "--bogus"}};
    for (String[] args : bad) {
      err.reset();
      int code = suggest(args);
      assertEquals(2, code, String.join(" ", args) + ": " + err.toString(UTF_8));
      assertTrue(err.toString(UTF_8).contains("Usage: collector suggest"), err.toString(UTF_8));
    }
    assertFalse(Files.exists(dir.resolve("a.yaml")));
  }
}

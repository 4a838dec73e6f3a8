package bulletin.review;

import static bulletin.review.Items.item;
import static bulletin.review.ReviewBrowserTest.CHROMIUM;
import static bulletin.review.ReviewBrowserTest.DRIVER;
import static bulletin.review.ReviewBrowserTest.logIn;
import static bulletin.review.ReviewBrowserTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bulletin.common.kafka.Topics;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.SourceLevel;
import bulletin.testkit.TopicRecords;
import bulletin.testkit.WebSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The review app's workflow in headless Chromium: what the editor and the reviewer are told is
 * what the assembler did, and what is published is what was approved.
 */
class ReviewWorkflowBrowserTest {
  @TempDir static Path dir;
  static ReviewFixture app;
  static WebDriver browser;
  static String base;
  static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium and chromedriver are not installed");
    app = new ReviewFixture(dir);
    browser = ReviewBrowserTest.chromium(dir, Files.createDirectories(dir.resolve("downloads")));
    base = app.server.url().toString();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aMastheadDateThatIsNoDateIsShownAsAnErrorAndNotSaved() throws Exception {
    String issue = "2024-05";
    ClassifiedAnnouncement a = item("mast-" + RUN, "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2024-05-10",
        "市科技局召开党组会议", "5月10日，市科技局召开党组会议。");
    app.classified(a);
    Draft before = app.awaitDraftWith(issue, a.id());
    logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
    browser.get(base + "issues/" + issue);
    WebElement date = browser.findElement(By.name("masthead.date"));
    date.clear();
    date.sendKeys("2024-02-30"); // the form's pattern lets it through; no such day exists
    browser.findElement(By.id("save-fields")).click();
    waitFor(browser, b -> !b.findElements(By.cssSelector("p.refused")).isEmpty());
    String error = browser.findElement(By.cssSelector("p.refused")).getText();
    assertTrue(error.contains("日期“2024-02-30”不是有效的日期"), error);
    assertFalse(browser.getPageSource().contains("已保存"));
    assertEquals("2024-02-30", browser.findElement(By.name("masthead.date")).getAttribute("value"));
    assertEquals(before.date(), app.store.draft(issue).orElseThrow().date());
  }

  @Test
  void anApprovedIssueRefusesAnItemEditFromAPageOpenedBeforeAndSaysWhy() throws Exception {
    String issue = "2024-03";
    ClassifiedAnnouncement a = item("frozen-" + RUN, "科技政策", SourceLevel.NATIONAL, "科技部", "2024-03-10",
        "科技部发布科技成果转化新政策", "3月10日，科技部发布科技成果转化新政策。");
    app.classified(a);
    app.awaitDraftWith(issue, a.id());
    logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
    browser.get(base + "issues/" + issue);
    WebElement stale = browser.findElement(By.cssSelector("div.item[data-item='" + a.id() + "']"));

    WebSession editor = new WebSession(app.server.url());
    editor.login("程继东", ReviewFixture.EDITOR_PASSWORD);
    assertEquals(303, editor.edit(issue, Map.of("action", "submit")).statusCode());
    WebSession reviewer = new WebSession(app.server.url());
    reviewer.login("乔栋", ReviewFixture.REVIEWER_PASSWORD);
    assertEquals(303, reviewer.edit(issue, Map.of("action", "approve")).statusCode());

    stale.findElement(By.cssSelector("button.drop")).click();
    waitFor(browser, b -> !b.findElements(By.cssSelector("p.refused")).isEmpty());
    String error = browser.findElement(By.cssSelector("p.refused")).getText();
    assertTrue(error.contains("本期已审核通过，内容已冻结：只有退回后才能修改"), error);
    assertFalse(browser.getPageSource().contains("已保存"));
    Draft d = app.store.draft(issue).orElseThrow();
    assertEquals(DraftStatus.APPROVED, d.status());
    assertTrue(d.sections().stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.itemIds().contains(a.id())),
        "the item is still in the approved issue");
  }

  @Test
  void publishingPublishesTheApprovedRevisionWhileNewItemsArriveAndTheyGoToTheNextIssue() throws Exception {
    String issue = "2024-07";
    ClassifiedAnnouncement a = item("appr-" + RUN, "科技政策", SourceLevel.NATIONAL, "科技部", "2024-07-10",
        "科技部部署科技创新重点任务", "7月10日，科技部部署科技创新重点任务。");
    ClassifiedAnnouncement late = item("late-" + RUN, "科技政策", SourceLevel.NATIONAL, "科技部", "2024-07-20",
        "科技部印发基础研究十年规划", "7月20日，科技部印发基础研究十年规划。");
    app.classified(a);
    app.awaitDraftWith(issue, a.id());
    logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
    browser.get(base + "issues/" + issue);
    browser.findElement(By.id("submit")).click();
    waitFor(browser, b -> b.findElement(By.id("status")).getText().contains("待审核"));

    logIn(browser, base, "乔栋", ReviewFixture.REVIEWER_PASSWORD);
    browser.get(base + "issues/" + issue);
    long seen = Long.parseLong(browser.findElement(By.cssSelector("#workflow input[name=revision]")).getAttribute("value"));
    browser.findElement(By.id("approve")).click();
    waitFor(browser, b -> b.findElement(By.id("status")).getText().contains("已审核"));
    Draft approved = app.store.draft(issue).orElseThrow();

    app.classified(late);
    waitFor(browser, b -> {
      b.navigate().refresh();
      return !b.findElements(By.cssSelector("#late div.item[data-item='" + late.id() + "']")).isEmpty();
    });
    browser.findElement(By.id("publish")).click();
    waitFor(browser, b -> b.findElement(By.id("status")).getText().contains("已发布"));

    var published = TopicRecords.await(app.bootstrap, Topics.BULLETIN_PUBLISHED.name(),
        Topics.BULLETIN_PUBLISHED.keySerde().deserializer(), Topics.BULLETIN_PUBLISHED.valueSerde().deserializer(),
        records -> records.stream().anyMatch(r -> r.key().equals(issue)), Duration.ofSeconds(30));
    Draft issued = published.stream().filter(r -> r.key().equals(issue)).reduce((x, y) -> y).orElseThrow().value();
    assertEquals(approved.sections(), issued.sections(), "the published issue is the approved one");
    assertEquals(seen, issued.approvedRevision(), "the published record names the revision the reviewer approved");
    assertEquals("乔栋", issued.approvedBy());
    assertFalse(issued.sections().stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.itemIds().contains(late.id())));
    app.awaitDraftWith("2024-08", late.id());
  }

  static final String SAME_NEWS = "将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
      + "东西部科技合作信息共享等重点工作，";

  /** Three reports of one news item in {@code month}: the ministry's, the region's and a peer's. */
  static ClassifiedAnnouncement[] sameNews(String prefix, String month) {
    return new ClassifiedAnnouncement[] {
        item(prefix + "-m-" + RUN, "科技政策", SourceLevel.NATIONAL, "科技部", month + "-10",
            "科技部将推进“十四五”东西部科技创新合作行动", "科技部消息称，" + SAME_NEWS + "现已启动行动方案的编制工作。"),
        item(prefix + "-r-" + RUN, "科技兴蒙", SourceLevel.REGIONAL, "自治区科技厅", month + "-11",
            "科技部推进“十四五”东西部科技创新合作行动", "记者从科技部获悉，" + SAME_NEWS + "行动方案的编制工作已经启动。"),
        item(prefix + "-p-" + RUN, "他山之石", SourceLevel.PEER, "宁夏科技厅", month + "-12",
            "“十四五”东西部科技创新合作行动将启动", "据科技部消息，" + SAME_NEWS + "行动方案正在编制。")};
  }

  private static Draft awaitMerged(String issue, ClassifiedAnnouncement... reports) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      var d = app.store.draft(issue);
      if (d.isPresent() && d.get().sections().stream().flatMap(s -> s.items().stream())
          .anyMatch(i -> i.itemIds().size() == reports.length)) {
        return d.get();
      }
      app.store.awaitRevisionAfter(issue, d.map(Draft::revision).orElse(-1L), Duration.ofMillis(500));
    }
    throw new AssertionError("no story of " + reports.length + " reports in " + issue);
  }

  private static java.util.List<String> sectionsPrinting(Draft d, String itemId) {
    return d.sections().stream().filter(s -> s.items().stream().anyMatch(i -> i.itemIds().contains(itemId)))
        .map(s -> s.title()).toList();
  }

  @Test
  void droppingAMergedStoryDropsEveryReport() throws Exception {
    String issue = "2024-09";
    ClassifiedAnnouncement[] news = sameNews("drop", "2024-09");
    app.classified(news);
    awaitMerged(issue, news);
    logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
    browser.get(base + "issues/" + issue);
    browser.findElement(By.cssSelector("div.item[data-item='" + news[0].id() + "'] button.drop")).click();
    waitFor(browser, b -> b.getPageSource().contains("已保存：drop"));
    Draft d = app.store.draft(issue).orElseThrow();
    assertEquals(0, d.itemCount(), "no report of the story is printed");
    for (ClassifiedAnnouncement report : news) {
      assertTrue(d.setAside().stream().anyMatch(a -> a.itemId().equals(report.id()) && a.reason().equals("dropped by an editor")),
          report.id());
    }
  }

  @Test
  void movingAMergedStoryMovesItWholeAndPrintsItOnce() throws Exception {
    String issue = "2024-10";
    ClassifiedAnnouncement[] news = sameNews("move", "2024-10");
    app.classified(news);
    awaitMerged(issue, news);
    logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
    browser.get(base + "issues/" + issue);
    WebElement story = browser.findElement(By.cssSelector("div.item[data-item='" + news[0].id() + "']"));
    new org.openqa.selenium.support.ui.Select(story.findElement(By.cssSelector("select[name=section]"))).selectByValue("科技合作");
    story.findElement(By.cssSelector("button.move")).click();
    waitFor(browser, b -> b.getPageSource().contains("已保存：move"));
    Draft d = app.store.draft(issue).orElseThrow();
    for (ClassifiedAnnouncement report : news) {
      assertEquals(java.util.List.of("科技合作"), sectionsPrinting(d, report.id()), report.id());
    }
    assertEquals(1, d.itemCount());
    var selected = browser.findElement(By.cssSelector("div.item[data-item='" + news[0].id() + "'] select[name=section] option[selected]"));
    assertEquals("科技合作", selected.getAttribute("value"), "the move control shows where the story is now");
  }

  @Test
  void aRewriteThroughTheLeadSurvivesAMoreAuthoritativeReportBecomingTheLead() throws Exception {
    String issue = "2024-11";
    ClassifiedAnnouncement[] news = sameNews("lead", "2024-11");
    ClassifiedAnnouncement region = news[1];
    app.classified(region);
    app.awaitDraftWith(issue, region.id());
    logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
    browser.get(base + "issues/" + issue);
    WebElement story = browser.findElement(By.cssSelector("div.item[data-item='" + region.id() + "']"));
    story.findElement(By.tagName("summary")).click();
    WebElement headline = story.findElement(By.cssSelector("textarea[name=headline]"));
    headline.clear();
    headline.sendKeys("东西部科技创新合作行动即将启动。");
    story.findElement(By.cssSelector("details button[type=submit]")).click();
    waitFor(browser, b -> b.getPageSource().contains("已保存：rewrite"));

    app.classified(news[0], news[2]);
    Draft d = awaitMerged(issue, news);
    var printed = d.sections().stream().flatMap(s -> s.items().stream()).filter(i -> i.itemIds().contains(region.id()))
        .findFirst().orElseThrow();
    assertEquals(news[0].id(), printed.itemIds().get(0), "the ministry's report leads now");
    assertEquals("东西部科技创新合作行动即将启动。", printed.headline());
    browser.get(base + "issues/" + issue);
    String text = browser.findElement(By.cssSelector("div.item[data-item='" + news[0].id() + "'] .text")).getText();
    assertTrue(text.startsWith("东西部科技创新合作行动即将启动。"), text);
    String history = browser.findElement(By.cssSelector("div.item[data-item='" + news[0].id() + "']")).getText();
    assertTrue(history.contains("程继东 rewrite"), "the story's history shows the rewrite: " + history);
  }
}

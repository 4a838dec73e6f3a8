package bulletin.assembler.review;

import static bulletin.assembler.Items.item;
import static bulletin.assembler.review.ReviewBrowserTest.CHROMIUM;
import static bulletin.assembler.review.ReviewBrowserTest.DRIVER;
import static bulletin.assembler.review.ReviewBrowserTest.logIn;
import static bulletin.assembler.review.ReviewBrowserTest.waitFor;
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
}

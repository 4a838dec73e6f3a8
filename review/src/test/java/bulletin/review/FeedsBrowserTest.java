package bulletin.review;

import static bulletin.review.ReviewBrowserTest.CHROMIUM;
import static bulletin.review.ReviewBrowserTest.DRIVER;
import static bulletin.review.ReviewBrowserTest.logIn;
import static bulletin.review.ReviewBrowserTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bulletin.collector.Collector;
import bulletin.collector.CollectorSettings;
import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceListing;
import bulletin.common.cli.StopSignal;
import bulletin.common.config.Settings;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.testkit.SharedKafka;
import bulletin.testkit.TopicRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A feed adder adds a source in a real browser (headless Chromium) from a saved copy of a column's
 * page, through the review app's feeds page, and a running collector (on the same real broker)
 * polls it from the column's site, a real HTTP server: its articles reach announcements.raw. A
 * publication of the sources folder leaves the app's source listed; the page pauses and removes it.
 */
class FeedsBrowserTest {
  private static final String ADDER = "王信息员";
  private static final String ADDER_PASSWORD = "feeds-password";

  @Test
  void aFeedAdderAddsASourceFromASavedPageAndARunningCollectorPollsIt(@TempDir Path dir) throws Exception {
    assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium and chromedriver are not installed");
    assumeTrue(System.getenv("KAFKA_BOOTSTRAP") == null,
        "a collector run lists its (empty) sources folder on collector.sources: not on a shared cluster");
    String run = UUID.randomUUID().toString().substring(0, 8);
    String id = "test-tzgg-" + run;
    String bootstrap = SharedKafka.bootstrapServers();
    Path users = dir.resolve("users.txt");
    Users.load(users).put(ADDER, Role.FEEDS, ADDER_PASSWORD.toCharArray());
    Path saved = dir.resolve("通知公告.html");
    Path emptyFolder = Files.createDirectories(dir.resolve("sources"));
    Settings reviewSettings = Settings.load(ReviewMain.DEFAULTS, Map.of("kafka.bootstrap", bootstrap,
        "review.port", "0", "review.users-file", users.toString(), "review.sessions-file", "",
        "feeds.allow-loopback", "true", "metrics.port", "-1"));
    CollectorSettings collectorSettings = CollectorSettings.load(Map.of("kafka.bootstrap", bootstrap,
        "sources.dir", emptyFolder.toString(), "collector.group", "feeds-" + run, "collector.instance", "feeds-" + run,
        "collector.session-timeout", "6s", "poll.interval", "1s", "fetch.delay", "0s", "fetch.allow-loopback", "true",
        "metrics.port", "-1"));
    CountDownLatch collectorReady = new CountDownLatch(1);
    StopSignal stop = StopSignal.install("feeds-test-collector");
    Thread collector = new Thread(() -> {
      try {
        Collector.run(collectorSettings, List.of(), Clock.systemUTC(), stop, collectorReady::countDown);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // stopped by the test
      }
    }, "feeds-test-collector");
    try (FeedSite site = FeedSite.start(null);
        ReviewServer app = ReviewMain.start(reviewSettings, new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8))) {
      Files.writeString(saved, site.listHtml, StandardCharsets.UTF_8);
      collector.start();
      assertTrue(collectorReady.await(60, TimeUnit.SECONDS), "the collector joined its group");

      WebDriver browser = ReviewBrowserTest.chromium(dir, Files.createDirectories(dir.resolve("downloads")));
      try {
        String base = app.url().toString();
        logIn(browser, base, ADDER, ADDER_PASSWORD);
        browser.get(base + "feeds");
        browser.findElement(By.id("url")).sendKeys(site.listUrl());
        browser.findElement(By.id("page")).sendKeys(saved.toString());
        browser.findElement(By.id("find-lists")).click();
        waitFor(browser, b -> b.findElements(By.id("candidate-1")).size() == 1);
        WebElement candidate = browser.findElement(By.id("candidate-1"));
        assertTrue(candidate.getText().contains("通知公告"), candidate.getText());
        for (String title : site.titles) {
          assertTrue(candidate.getText().contains(title), "the list shows " + title + ": " + candidate.getText());
        }

        fill(candidate, id, "测试市科技局", "municipal", "科技专项");
        candidate.findElement(By.cssSelector("button.test")).click();
        waitFor(browser, b -> b.findElements(By.id("trial-title")).size() == 1);
        assertTrue(browser.findElement(By.id("trial-title")).getText().contains(site.titles.get(0)),
            browser.findElement(By.id("trial-title")).getText());
        assertTrue(browser.findElement(By.id("trial-body")).getText().contains("characters"),
            browser.findElement(By.id("trial-body")).getText());

        browser.findElement(By.cssSelector("form.source button.publish")).click();
        waitFor(browser, b -> b.getCurrentUrl().contains("/feeds?added=") && b.getPageSource().contains("已发布信息源 " + id));
        WebElement row = browser.findElement(By.cssSelector("tr[data-source='" + id + "']"));
        assertTrue(row.getText().contains("本系统添加（" + ADDER + "）") && row.getText().contains("采集中"), row.getText());

        var raw = Topics.ANNOUNCEMENTS_RAW;
        var emitted = TopicRecords.await(bootstrap, raw.name(), raw.keySerde().deserializer(),
            raw.valueSerde().deserializer(), records -> records.stream().map(r -> r.value()).filter(a -> a != null
                && id.equals(a.sourceId())).count() == FeedSite.ITEMS, Duration.ofSeconds(90));
        Announcement first = emitted.stream().map(r -> r.value()).filter(a -> a != null && id.equals(a.sourceId()))
            .filter(a -> a.title().equals(site.titles.get(0))).findFirst().orElseThrow();
        assertEquals("测试市科技局", first.sourceName());
        assertEquals("科技专项", first.sectionHint());
        assertTrue(first.text().contains("科技创新券"), first.text());

        // What `collector sources publish` does with the folder (empty here) leaves the app's source listed.
        var listing = SourceListing.open(bootstrap, 12, (short) -1);
        listing.publish(List.of(), "ops");
        assertEquals(ListedSource.APP, listing.read().get(id).source().origin());

        browser.get(base + "feeds");
        WebElement listed = browser.findElement(By.cssSelector("tr[data-source='" + id + "']"));
        listed.findElement(By.name("reason")).sendKeys("栏目改版，核对中");
        listed.findElement(By.cssSelector("button.pause")).click();
        waitFor(browser, b -> b.findElement(By.cssSelector("tr[data-source='" + id + "'] td.state")).getText()
            .contains("已暂停：栏目改版，核对中"));
        assertTrue(listing.read().get(id).source().paused());

        browser.findElement(By.cssSelector("tr[data-source='" + id + "'] button.remove")).click();
        waitFor(browser, b -> b.getPageSource().contains("信息源 " + id + " 已删除")
            && b.findElements(By.cssSelector("tr[data-source='" + id + "']")).isEmpty());
        assertFalse(listing.read().containsKey(id));
        assertFalse(browser.getPageSource().contains("Exception"));
      } finally {
        browser.quit();
      }
    } finally {
      collector.interrupt();
      collector.join(30_000);
      stop.close();
      SourceListing.open(bootstrap, 12, (short) -1).unlist(List.of(id));
    }
  }

  private static void fill(WebElement form, String id, String name, String level, String sectionHint) {
    WebElement idField = form.findElement(By.name("id"));
    idField.clear();
    idField.sendKeys(id);
    WebElement nameField = form.findElement(By.name("name"));
    nameField.clear();
    nameField.sendKeys(name);
    new Select(form.findElement(By.name("level"))).selectByValue(level);
    new Select(form.findElement(By.name("sectionHint"))).selectByValue(sectionHint);
  }
}

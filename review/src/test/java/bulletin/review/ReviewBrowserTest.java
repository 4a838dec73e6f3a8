package bulletin.review;

import static bulletin.review.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.SourceLevel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review app in a real browser: headless Chromium (Debian's chromium and chromium-driver,
 * which .ci/run installs) logs in as the editor, moves an item and submits; logs in as the
 * reviewer, approves and publishes; and downloads the DOCX.
 */
class ReviewBrowserTest {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");
  static final String ISSUE = "2023-09";

  @Test
  void anEditorMovesAndSubmitsAReviewerApprovesAndPublishesAndTheDocxDownloads(@TempDir Path dir) throws Exception {
    assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium and chromedriver are not installed");
    String run = UUID.randomUUID().toString().substring(0, 6);
    ClassifiedAnnouncement isc = item("isc-" + run, "部门动态", SourceLevel.REGIONAL, "自治区科技厅", "2023-09-10",
        "中为能源内蒙古ISC技术示范项目投产存在制度性障碍", "中为（上海）能源技术有限公司在鄂尔多斯市开展的煤炭地下气化技术成果产业化示范遇到制度性障碍。");
    ClassifiedAnnouncement meeting = item("meet-" + run, "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2023-09-12",
        "市科技局召开党组会议", "9月12日，市科技局召开党组会议。");
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    try (ReviewFixture app = new ReviewFixture(dir)) {
      app.classified(isc, meeting);
      app.awaitDraftWith(ISSUE, isc.id());
      app.awaitDraftWith(ISSUE, meeting.id());
      WebDriver browser = chromium(dir, downloads);
      try {
        String base = app.server.url().toString();
        logIn(browser, base, "程继东", ReviewFixture.EDITOR_PASSWORD);
        browser.get(base + "issues/" + ISSUE);
        WebElement item = browser.findElement(By.cssSelector("div.item[data-item='" + isc.id() + "']"));
        new Select(item.findElement(By.cssSelector("select[name=section]"))).selectByValue("科技合作");
        item.findElement(By.cssSelector("button.move")).click();
        waitFor(browser, b -> b.getPageSource().contains("已保存：move"));
        assertEquals("科技合作", sectionOf(app, isc.id()));

        browser.findElement(By.id("submit")).click();
        waitFor(browser, b -> b.findElement(By.id("status")).getText().contains("待审核"));
        browser.findElement(By.id("logout")).click();

        logIn(browser, base, "乔栋", ReviewFixture.REVIEWER_PASSWORD);
        browser.get(base + "issues/" + ISSUE);
        browser.findElement(By.id("approve")).click();
        waitFor(browser, b -> b.findElement(By.id("status")).getText().contains("已审核"));
        browser.findElement(By.id("publish")).click();
        waitFor(browser, b -> b.findElement(By.id("status")).getText().contains("已发布"));
        assertEquals(DraftStatus.PUBLISHED, app.store.draft(ISSUE).orElseThrow().status());

        browser.findElement(By.id("download-docx")).click();
        Path docx = downloads.resolve("bulletin-" + ISSUE + ".docx");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.exists(docx));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
          var paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).toList();
          assertTrue(paragraphs.contains("【科技合作】"), paragraphs.toString());
          assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("中为能源内蒙古ISC技术示范项目投产存在制度性障碍")), paragraphs.toString());
        }
      } finally {
        browser.quit();
      }
    }
  }

  private static String sectionOf(ReviewFixture app, String itemId) {
    return app.store.draft(ISSUE).orElseThrow().sections().stream()
        .filter(s -> s.items().stream().anyMatch(i -> i.itemIds().contains(itemId)))
        .map(s -> s.title()).findFirst().orElse(null);
  }

  static void logIn(WebDriver browser, String base, String name, String password) {
    browser.get(base + "login");
    browser.findElement(By.id("name")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("login")).click();
    waitFor(browser, b -> b.findElements(By.id("logout")).size() == 1);
  }

  static void waitFor(WebDriver browser, java.util.function.Function<WebDriver, Boolean> condition) {
    // A page replaced by the next one leaves stale elements behind: look again until the deadline.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(condition::apply);
  }

  static WebDriver chromium(Path dir, Path downloads) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("chromium-profile"));
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    return new ChromeDriver(service, options);
  }
}

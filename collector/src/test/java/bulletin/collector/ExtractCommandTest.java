package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.testkit.CommandRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `collector extract` on a page saved by a browser: it says which charset read it and what found the body. */
class ExtractCommandTest {
  @Test
  void printsTheCharsetUsedAndThePathThatFoundTheBody(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("saved.html");
    Files.writeString(page, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        + "<meta name=\"ContentSource\" content=\"内蒙古自治区科学技术厅\"><title>科技厅召开会议</title></head><body>"
        + "<div class=\"article-body\"><h1>科技厅召开会议</h1><div class=\"TRS_Editor\"><p>自治区科技厅召开科技兴蒙"
        + "合作项目视频调度会，听取各盟市科技局工作进展汇报。</p></div>"
        + "<div class=\"share\">分享到：微信 微博</div></div></body></html>", StandardCharsets.UTF_8);
    CommandRun run = CommandRun.of(new CollectorMain(), "extract", "--url", "https://kjt.nmg.gov.cn/kjdt/gzdt/t1.html",
        "--file", page.toString());
    String printed = run.out();
    assertEquals(0, run.code(), run.err());
    assertTrue(printed.contains("\"extractedBy\" : \"CMS marker (div.TRS_Editor)\""), printed);
    assertTrue(printed.contains("\"charset\" : \"UTF-8 (read as UTF-8; meta tag said gb2312)\""), printed);
    assertTrue(printed.contains("\"origin\" : \"内蒙古自治区科学技术厅\""), printed);
    assertTrue(printed.contains("\"text\" : \"自治区科技厅召开科技兴蒙合作项目视频调度会，听取各盟市科技局工作进展汇报。\""), printed);
    assertTrue(run.err().startsWith("warning: https://kjt.nmg.gov.cn/kjdt/gzdt/t1.html: "
        + "the page declares gb2312 (meta tag)"), run.err());
  }

  @Test
  void aGbkPageWithoutAnyDeclarationIsDetectedAndReadByScoring(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("gbk.html");
    String para = "<p>鄂尔多斯市科学技术局组织召开全市科技创新工作推进会议，总结上半年科技创新工作，部署下半年重点任务。"
        + "会议要求各旗区科技部门围绕重点产业链加快关键核心技术攻关，推动科技成果转化。</p>";
    Files.write(page, ("<html><head><title>全市科技创新工作推进会议召开</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"main\"><h1>全市科技创新工作推进会议召开</h1>"
        + para + para.replace("会议", "会上") + "</div></body></html>").getBytes("GBK"));
    CommandRun run = CommandRun.of(new CollectorMain(), "extract", "--url", "https://kjj.ordos.gov.cn/gzdt/t2.html",
        "--file", page.toString());
    String printed = run.out();
    assertEquals(0, run.code(), run.err());
    assertTrue(printed.contains("\"title\" : \"全市科技创新工作推进会议召开\""), printed);
    assertTrue(printed.contains("\"charset\" : \"GB18030 (detected: not UTF-8)\""), printed);
    assertTrue(printed.contains("\"extractedBy\" : \"scoring"), printed);
    assertTrue(printed.contains("推动科技成果转化。"), printed);
    assertEquals("", run.err());
  }

  @Test
  void aMissingFileIsOneSentenceNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.html");
    CommandRun run = CommandRun.of(new CollectorMain(), "extract", "--url", "https://kjj.ordos.gov.cn/a.html",
        "--file", missing.toString());
    assertEquals(1, run.code());
    assertEquals("error: file " + missing + " does not exist or cannot be read\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aPageNoCharsetReadsIsRefusedNamingWhatEachGave(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("binary.html");
    byte[] bytes = new byte[600];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x80 + (i * 7) % 0x7f);
    }
    Files.write(page, bytes);
    CommandRun run = CommandRun.of(new CollectorMain(), "extract", "--url", "https://kjj.ordos.gov.cn/b.html",
        "--file", page.toString());
    String printed = run.err();
    assertEquals(1, run.code(), printed);
    assertTrue(printed.startsWith("error: https://kjj.ordos.gov.cn/b.html: no charset reads the page: as "), printed);
    assertTrue(printed.contains("as UTF-8 "), printed);
    assertEquals("", run.out());
  }

  @Test
  void withoutTheUrlItPrintsTheMissingOptionAndTheUsage(@TempDir Path dir) {
    CommandRun run = CommandRun.of(new CollectorMain(), "extract", "--file", dir.resolve("a.html").toString());
    String printed = run.err();
    assertEquals(2, run.code(), printed);
    assertTrue(printed.startsWith("error: Missing required option: '--url=URL'"), printed);
    assertTrue(printed.contains("Usage: collector extract"), printed);
    assertEquals("", run.out());
  }

  @Test
  void aUrlThatIsNoUrlIsABadArgument(@TempDir Path dir) {
    CommandRun run = CommandRun.of(new CollectorMain(), "extract", "--url", "http://bad host/", "--file",
        dir.resolve("a.html").toString());
    String printed = run.err();
    assertEquals(2, run.code(), printed);
    assertTrue(printed.startsWith("error: Invalid value for option '--url'"), printed);
  }
}

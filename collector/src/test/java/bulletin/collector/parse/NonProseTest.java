package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inside the block scoring chose, what is not prose goes and what is stays. */
class NonProseTest {
  private static final URI URL = URI.create("https://kjj.ordos.gov.cn/gzdt/a.html");
  private static final String P = "<p>鄂尔多斯市科学技术局召开全市科技创新工作推进会议，总结上半年工作，部署下半年重点任务，"
      + "要求各旗区科技部门围绕重点产业链加快关键核心技术攻关，推动科技成果转化和产业化。</p>";

  private static String text(String inside) {
    String html = "<html><body><div class=nav><a href=/>首页</a><a href=/a>工作动态</a></div>"
        + "<div class=main>" + P + P + inside + P + P + "</div><div class=footer>主办单位：科技局</div></body></html>";
    Article a = ArticleExtractor.extract(html, URL, new ArticleSelectors(null, null, null), "t", Optional.empty(),
        LocalDate.of(2021, 3, 26));
    assertEquals(ExtractionPath.SCORING, a.path());
    return a.text();
  }

  @Test
  void widgetsInsideTheArticleAreRemoved() {
    assertFalse(text("<div class=share-bar>分享 微信 微博 QQ空间</div>").contains("微信"), "a negative class");
    assertFalse(text("<div><img src=a.png><img src=b.png><img src=c.png>扫码关注</div>").contains("扫码关注"),
        "images without paragraphs");
    assertFalse(text("<div><a href=/1>上一篇：科技局召开会议</a> <a href=/2>下一篇：科技局开展培训</a></div>")
        .contains("上一篇"), "links without a sentence");
    assertFalse(text("<ul><li><a href=/1>相关新闻一</a></li><li><a href=/2>相关新闻二</a></li></ul>")
        .contains("相关新闻"), "a list of links");
  }

  @Test
  void proseInsideTheArticleStays() {
    String kept = text("<div><p>会议强调，要压实责任，确保各项任务落地见效。</p><a href=/x>详见附件</a></div>");
    assertTrue(kept.contains("会议强调，要压实责任，确保各项任务落地见效。"), kept);
    String listed = text("<ol><li>加快建设创新平台；</li><li>强化企业创新主体地位。</li></ol>");
    assertTrue(listed.contains("加快建设创新平台；"), listed);
    String picture = text("<div><img src=a.png><p>图为会议现场。</p></div>");
    assertTrue(picture.contains("图为会议现场。"), picture);
  }
}

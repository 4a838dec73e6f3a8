package bulletin.render;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.SourceRef;
import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The issue as an HTML page for screen and print (A4, 公文 fonts, red masthead). Every text goes
 * in as a text node, so scraped titles and bodies are escaped; source links are kept only when
 * they are http or https. Sources show on screen and are left out of print.
 */
public final class HtmlRenderer {
  private static final String CSS = """
      @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
      body { font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", serif; font-size: 16pt; line-height: 1.75;
             max-width: 156mm; margin: 2em auto; color: #000; }
      .masthead { text-align: center; color: #d00; }
      .masthead h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", serif; font-size: 42pt;
                     letter-spacing: 0.3em; margin: 0; font-weight: normal; }
      .number { text-align: center; font-size: 16pt; margin: 0.3em 0; }
      .issuer { display: flex; justify-content: space-between; border-bottom: 2px solid #d00; padding-bottom: 0.2em; }
      .remarks { min-height: 4em; }
      h2 { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 1em 0 0.3em; }
      p.item { text-indent: 2em; margin: 0 0 0.5em; text-align: justify; }
      .sources { font-size: 10pt; color: #555; text-indent: 2em; margin: -0.3em 0 0.8em; }
      .sources a { color: #555; }
      .footer { border-top: 1px solid #000; border-bottom: 1px solid #000; margin-top: 2em; font-size: 14pt; }
      .footer p { margin: 0.2em 0; }
      .roles { display: flex; justify-content: space-between; }
      @media print { .sources { display: none; } body { margin: 0; max-width: none; } }
      """;

  private HtmlRenderer() {}

  public static String render(Draft draft, BulletinProfile profile) {
    var m = profile.masthead();
    var f = profile.footer().with(draft.footer());
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(true).charset("UTF-8");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("title").text(m.title() + " 第 " + draft.number() + " 期");
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    doc.selectFirst("html").attr("lang", "zh-CN");
    Element body = doc.body();
    body.appendElement("div").addClass("masthead").appendElement("h1").text(m.title());
    body.appendElement("p").addClass("number").text("第 " + draft.number() + " 期");
    Element issuer = body.appendElement("div").addClass("issuer");
    issuer.appendElement("span").text(m.publisher());
    issuer.appendElement("span").text(dateText(draft));
    body.appendElement("p").addClass("remarks").text(m.remarksLabel());
    for (DraftSection s : draft.sections()) {
      if (s.items().isEmpty()) {
        continue;
      }
      body.appendElement("h2").text("【" + s.title() + "】");
      for (DraftItem item : s.items()) {
        body.appendElement("p").addClass("item").text(item.headline() + item.body());
        if (!item.sources().isEmpty()) {
          Element sources = body.appendElement("p").addClass("sources").appendText("来源：");
          for (SourceRef src : item.sources()) {
            if (isWebLink(src.url())) {
              sources.appendElement("a").attr("href", src.url()).attr("rel", "noopener noreferrer").text(src.name());
            } else {
              sources.appendText(src.name());
            }
            sources.appendText(" ");
          }
        }
      }
    }
    Element footer = body.appendElement("div").addClass("footer");
    footer.appendElement("p").text("报：" + f.reportTo());
    footer.appendElement("p").text("送：" + f.sendTo());
    Element roles = footer.appendElement("p").addClass("roles");
    roles.appendElement("span").text("编辑：" + f.editor());
    roles.appendElement("span").text("审核：" + f.reviewer());
    roles.appendElement("span").text("电话：" + f.phone());
    roles.appendElement("span").text("(共印 " + f.copies() + " 份)");
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  static String dateText(Draft draft) {
    return draft.date().getYear() + " 年 " + draft.date().getMonthValue() + " 月 " + draft.date().getDayOfMonth() + " 日";
  }

  public static boolean isWebLink(String url) {
    try {
      String scheme = URI.create(url).getScheme();
      return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package bulletin.review;

import bulletin.testkit.LocalSite;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A bureau's column served by a real HTTP server on loopback: a list of dated notices and their articles. */
final class FeedSite implements AutoCloseable {
  static final int ITEMS = 6;
  final LocalSite site;
  final String listHtml;
  final List<String> titles = new ArrayList<>();

  private FeedSite(LocalSite site, String listHtml) {
    this.site = site;
    this.listHtml = listHtml;
  }

  /** The column at /tzgg/, its items dated the last few days; {@code extraTitle} (markup and all) heads the list. */
  static FeedSite start(String extraTitle) throws Exception {
    LocalSite site = LocalSite.start();
    LocalDate today = LocalDate.now(bulletin.common.record.PublishedAt.ZONE);
    StringBuilder items = new StringBuilder();
    List<String> titles = new ArrayList<>();
    for (int k = 1; k <= ITEMS; k++) {
      LocalDate day = today.minusDays(k);
      String path = String.format("/tzgg/%d%02d/t%s_%d.html", day.getYear(), day.getMonthValue(),
          day.toString().replace("-", ""), 7300 + k);
      String title = k == 1 && extraTitle != null ? extraTitle : "关于组织申报第" + k + "批科技创新券项目的通知";
      titles.add(title);
      items.append("<li><a href=\"").append(path).append("\" title=\"").append(title.replace("\"", "&quot;")).append("\">")
          .append(title.replace("<", "&lt;")).append("</a><span class=\"date\">").append(day).append("</span></li>\n");
      site.page(path, "<html><head><meta charset=\"utf-8\"><title>" + title.replace("<", "&lt;") + "</title></head><body>"
          + "<div class=\"nav\">首页 &gt; 通知公告</div><h1>" + title.replace("<", "&lt;") + "</h1>"
          + "<div class=\"info\">发布时间：" + day + "　来源：测试市科学技术局</div>"
          + "<div id=\"zoom\"><p>各旗区科技局、有关单位：为深入实施创新驱动发展战略，现将第" + k + "批科技创新券项目申报工作有关事项通知如下。</p>"
          + "<p>一、申报对象为在本市注册的科技型中小企业，申报材料须于本月底前报送市科技局。</p>"
          + "<p>二、联系人：科技计划科，电话 0477-8588000。</p></div></body></html>", StandardCharsets.UTF_8);
    }
    String list = "<html><head><meta charset=\"utf-8\"><title>通知公告-测试市科学技术局</title></head><body>"
        + "<div class=\"header\"><a href=\"/\">首页</a> <a href=\"/tzgg/\">通知公告</a></div>"
        + "<div class=\"main\"><h2 class=\"lm\">通知公告</h2><ul class=\"list\">\n" + items + "</ul></div>"
        + "<div class=\"footer\">测试市科学技术局 版权所有</div></body></html>";
    site.page("/tzgg/", list, StandardCharsets.UTF_8);
    FeedSite feed = new FeedSite(site, list);
    feed.titles.addAll(titles);
    return feed;
  }

  String listUrl() {
    return site.url("/tzgg/").toString();
  }

  @Override
  public void close() {
    site.close();
  }
}

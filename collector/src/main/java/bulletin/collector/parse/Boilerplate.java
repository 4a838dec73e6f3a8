package bulletin.collector.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What is not the article: blocks known by their class or id (share bars, print and close
 * widgets, related links, previous/next, comments, footers) and lines known by their words.
 */
final class Boilerplate {
  /** Class or id of a block that is never the article, wherever it is. */
  private static final NameHints BLOCK_NAME = new NameHints(
      "share", "fenxiang", "bdshare", "jiathis", "print", "dayin", "close", "related", "relate", "xglj",
      "xgxw", "xgwz", "recommend", "tuijian", "prev", "next", "pager", "pagination", "comment", "pinglun",
      "reply", "replies", "footer", "copyright", "toolbar", "fontsize", "zihao", "breadcrumb", "crumb",
      "sidebar", "advert", "qrcode", "erweima", "social", "subscribe", "disclaimer", "statement", "login");
  /** A line that is a widget or a link to elsewhere, not prose. */
  private static final Pattern LINE = Pattern.compile(
      "^[【\\[]?(打印|关闭|关闭窗口|打印本页|打印此页|收藏|返回顶部|返回|分享|纠错|我要纠错|举报|点赞|评论|关注)[】\\]]?$"
          + "|^[【\\[]?(打印|关闭|收藏|分享)[】\\]]?\\s*[【\\[]?(打印|关闭|收藏|分享|关闭窗口)"
          + "|^(分享到|分享至|字号|字体|【字体|扫一扫|上一篇|下一篇|上一条|下一条|相关链接|相关阅读|相关新闻|责任编辑)"
          + "|^[^，。,.]{0,20}\\s*[>›»]$"); // a piece of a breadcrumb: 首页 >
  /** A short line of the article's particulars (date, origin, views) or with print/close buttons. */
  private static final Pattern META_LINE = Pattern.compile(
      "^(发布时间|发布日期|发文日期|发稿时间|信息来源|文章来源|来源|浏览次数|点击数|阅读次数|访问量)[:：]"
          + "|[【\\[](打印|关闭|打印本页|关闭窗口)[】\\]]"
          + "|^(特别声明|免责声明|版权声明|猜你喜欢|相关推荐|推荐阅读|热门推荐|热点推荐|延伸阅读)"
          + "|请勿转载|禁止转载|转载请注明|不得转载|版权所有"
          + "|^(您所在的位置|您现在的位置|当前位置|所在位置)");
  /** A line that opens with a date and a time of day, as a page's stamp does: 2019-09-07 09:59 来源：新京报. */
  private static final Pattern STAMP_LINE = Pattern.compile(
      "^(19|20)\\d\\d\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?\\s*\\d{1,2}:\\d{2}[^，。,]*$");

  /** Whether a line of text is a widget, a link elsewhere or the article's particulars. */
  static boolean line(String l) {
    return LINE.matcher(l).find()
        || (l.length() < 100 && META_LINE.matcher(l).find())
        || (l.length() < 60 && STAMP_LINE.matcher(l).find());
  }

  private Boilerplate() {}

  /** Whether the element's class or id names a boilerplate block. */
  static boolean namedSo(Element e) {
    String name = e.className() + " " + e.id();
    return !name.isBlank() && BLOCK_NAME.in(name);
  }

  /**
   * Removes the boilerplate blocks inside {@code content}, never {@code content} itself nor a block
   * holding most of its text (an unclosed share div can hold the rest of the page).
   */
  static void removeFrom(Element content) {
    int half = content.text().length() / 2;
    for (Element e : content.select("*")) {
      if (e != content && e.parent() != null && namedSo(e) && !e.is("body, html") && e.text().length() < half) {
        e.remove();
      }
    }
  }
}

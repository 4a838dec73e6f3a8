package bulletin.classifier.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what a page puts before its story: the site's menus and breadcrumbs, the headline again, the
 * date, source and hit-count line, and the spam lines hacked mirrors inject at the top. The section
 * model reads only the opening of the text (the place and genre words of its first 200 characters,
 * the n-grams of its first 400), so a page whose extraction kept this chrome would otherwise be
 * judged on its menus. Text with no line breaks, or whose lines are all chrome, is left as it is.
 */
final class PageChrome {
  /** Menu, breadcrumb and byline words: a line with one of them and no full stop is not the story. */
  private static final Pattern META = Pattern.compile("当前位置|您的位置|所在位置|您现在的位置|首页|来源[:：]|发布时间"
      + "|发布日期|浏览次数|浏览量|点击[量数率]|访问量|阅读次数|字号|分享到|打印本页|>>|»| > |【关闭|作者[:：]|责任编辑");
  /** The words of the pornography and gambling link lists injected at the top of hacked pages. */
  private static final Pattern SPAM = Pattern.compile("精品|一区二区|国产|久久|日韩|欧美|无码|人妻|在线观看|亚洲|不卡");
  private static final Pattern PUNCTUATION = Pattern.compile("[，。,、：:；;！？!?〔〕\\[\\]（）()《》“”\"「」—]");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[\\p{P}\\p{S}\\s_]+");
  /** A menu item, a site's name, "logo": a line this short with no punctuation. */
  private static final int MENU_ITEM = 10;
  /** How long a line may be and still be a menu, breadcrumb or byline. */
  private static final int MENU_LINE = 120;

  private PageChrome() {}

  /** {@code text} from the first line of its story on, the chrome and headline above it dropped. */
  static String strip(String title, String text) {
    if (text == null || text.indexOf('\n') < 0) {
      return text;
    }
    List<String> lines = text.lines().toList();
    String headline = letters(title);
    int from = 0;
    while (from < lines.size() && (isChrome(lines.get(from)) || isHeadline(headline, lines.get(from)))) {
      from++;
    }
    return from == 0 || from >= lines.size() ? text : String.join("\n", lines.subList(from, lines.size()));
  }

  /**
   * Whether {@code line} is the page's own headline: the title, maybe with a site's name around it, or
   * a part of a title broken over lines. A sentence that merely repeats the title is story, not headline.
   */
  private static boolean isHeadline(String headline, String line) {
    if (headline.length() < 6 || line.indexOf('。') >= 0) {
      return false;
    }
    String words = letters(line);
    return words.contains(headline) && words.length() <= headline.length() + 30
        || words.length() >= 8 && headline.contains(words);
  }

  private static boolean isChrome(String line) {
    String l = line.strip();
    if (l.isEmpty()) {
      return true;
    }
    boolean sentence = l.indexOf('。') >= 0;
    if (!sentence && SPAM.matcher(l).results().limit(2).count() == 2) {
      return true;
    }
    if (!sentence && l.length() < MENU_LINE && META.matcher(l).find()) {
      return true;
    }
    return l.length() < MENU_ITEM && !PUNCTUATION.matcher(l).find();
  }

  private static String letters(String s) {
    return NOT_A_LETTER.matcher(s).replaceAll("");
  }
}

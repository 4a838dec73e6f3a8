package bulletin.collector.suggest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores a found list out of 100, the reasons with it: how many items, how many dated, whether its
 * name says news or notices, how early on the page, whether its links stay on the site, whether the
 * links read as headlines. A page that reads as an article loses {@link #ARTICLE_PAGE_PENALTY}: its
 * lists are side lists (related news), not the columns a source follows. Below {@link #THRESHOLD}
 * a list is not suggested.
 */
final class ListRanking {
  /** The score a list needs to be suggested. */
  static final double THRESHOLD = 50;
  static final double ARTICLE_PAGE_PENALTY = 40;
  /** An article list carries dates; links without them are a menu, a gallery or a topic box. */
  static final double UNDATED_PENALTY = 30;
  private static final Pattern NEWS_OR_NOTICE = Pattern.compile(
      ".*(动态|通知|公告|通告|公示|新闻|要闻|资讯|快讯|政策|法规|文件|解读|发布|申报|指南|信息|工作|活动|聚焦|扫描).*");

  /** Names of side lists: recommendations, rankings, related items. */
  private static final Pattern SIDE_LIST = Pattern.compile(".*(推荐|排行|热门|热点|相关|猜你|精选|点击|阅读|评论|关注).*");
  static final double SIDE_LIST_PENALTY = 20;

  private ListRanking() {}

  /** A score and the reasons that make it up. */
  record Score(double value, List<String> reasons) {
    boolean suggested() {
      return value >= THRESHOLD;
    }
  }

  /**
   * @param position where the list starts on the page, 0 for the top and 1 for the bottom
   * @param articlePage the text of the article the page reads as, or empty when it is no article
   */
  static Score of(RepeatedItems.Group group, ColumnName name, URI page, double position, String articlePage) {
    List<String> reasons = new ArrayList<>();
    List<ListItem> all = group.all();
    int n = all.size();
    double items = Math.min(n, 10) * 2.5;
    reasons.add(String.format(Locale.ROOT, "%d items +%.0f", n, items));
    double dated = group.datedShare() * 25;
    reasons.add(String.format(Locale.ROOT, "%.0f%% dated +%.0f", group.datedShare() * 100, dated));
    double named = 0;
    if (name.isKnown() && SIDE_LIST.matcher(name.text()).matches()) {
      named = -SIDE_LIST_PENALTY;
      reasons.add(String.format(Locale.ROOT, "named %s, a side list -%.0f", name.text(), SIDE_LIST_PENALTY));
    } else if (name.isKnown()) {
      named = NEWS_OR_NOTICE.matcher(name.text()).matches() ? 15 : 5;
      reasons.add(String.format(Locale.ROOT, "named %s +%.0f", name.text(), named));
    }
    double early = (1 - position) * 10;
    reasons.add(String.format(Locale.ROOT, "at %.0f%% of the page +%.0f", position * 100, early));
    long onSite = all.stream().filter(i -> sameSite(i.url(), page)).count();
    double site = onSite * 10.0 / n;
    reasons.add(String.format(Locale.ROOT, "%d/%d links on the site +%.0f", onSite, n, site));
    long headlines = all.stream().filter(i -> ArticleLinks.letters(i.title()) >= 8).count();
    double read = headlines * 15.0 / n;
    reasons.add(String.format(Locale.ROOT, "%d/%d read as headlines +%.0f", headlines, n, read));
    double total = items + dated + named + early + site + read;
    if (group.datedShare() < 0.5) {
      total -= UNDATED_PENALTY;
      reasons.add(String.format(Locale.ROOT, "most items show no date -%.0f", UNDATED_PENALTY));
    }
    if (!articlePage.isEmpty()) {
      total -= ARTICLE_PAGE_PENALTY;
      reasons.add(String.format(Locale.ROOT, "the page reads as an article (%s) -%.0f", articlePage,
          ARTICLE_PAGE_PENALTY));
    }
    return new Score(total, List.copyOf(reasons));
  }

  /** Whether two URLs are on one site: the same host once "www." is dropped, or one's host ends with the other's. */
  static boolean sameSite(URI a, URI b) {
    String ha = host(a);
    String hb = host(b);
    return !ha.isEmpty() && (ha.equals(hb) || ha.endsWith("." + hb) || hb.endsWith("." + ha)
        || registered(ha).equals(registered(hb)));
  }

  private static String host(URI u) {
    return u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  /** The name registered under the public suffix: gdstc.gov.cn, sina.com.cn, example.com. */
  private static String registered(String host) {
    String[] l = host.split("\\.");
    int keep = l.length >= 3 && List.of("gov", "com", "org", "net", "edu").contains(l[l.length - 2])
        && l[l.length - 1].length() == 2 ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(l, Math.max(0, l.length - keep), l.length));
  }
}

package bulletin.collector.suggest;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last folder of letters that every item's URL shares ({@code /HTML/zwgk/tzgg/…} gives {@code
 * tzgg}), and the column names such folders abbreviate by their pinyin initials.
 */
final class ColumnFolder {
  private static final Pattern FOLDER = Pattern.compile("[a-z]{2,10}");
  /** Pinyin initials of column folders and the names they stand for. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("tzgg", "通知公告"),
      Map.entry("tztg", "通知通告"),
      Map.entry("gsgg", "公示公告"),
      Map.entry("gggs", "公告公示"),
      Map.entry("gzdt", "工作动态"),
      Map.entry("zwdt", "政务动态"),
      Map.entry("zwyw", "政务要闻"),
      Map.entry("xwdt", "新闻动态"),
      Map.entry("xwzx", "新闻中心"),
      Map.entry("xwfb", "新闻发布"),
      Map.entry("mtjj", "媒体聚焦"),
      Map.entry("mtbd", "媒体报道"),
      Map.entry("zcfg", "政策法规"),
      Map.entry("zcjd", "政策解读"),
      Map.entry("zcwj", "政策文件"),
      Map.entry("tpxw", "图片新闻"),
      Map.entry("ldhd", "领导活动"),
      Map.entry("kjdt", "科技动态"),
      Map.entry("sxdt", "市县动态"),
      Map.entry("qxdt", "区县动态"),
      Map.entry("bmdt", "部门动态"),
      Map.entry("dfdt", "地方动态"),
      Map.entry("jcdt", "基层动态"),
      Map.entry("jckj", "基层科技"),
      Map.entry("lzqf", "廉政清风"),
      Map.entry("zxft", "在线访谈"),
      Map.entry("xwfbh", "新闻发布会"),
      Map.entry("zxxx", "最新消息"),
      Map.entry("szyw", "时政要闻"),
      Map.entry("tzwj", "通知文件"),
      Map.entry("xmsb", "项目申报"),
      Map.entry("zqdt", "旗区动态"),
      Map.entry("gdkjdt", "广东科技动态"),
      Map.entry("kjzx", "科技资讯"),
      Map.entry("zyxw", "重要新闻"),
      Map.entry("yw", "要闻"),
      Map.entry("zxgk", "最新公开"),
      Map.entry("jjyw", "基金要闻"),
      Map.entry("mtsm", "媒体扫描"),
      Map.entry("wjgs", "文件公示"));

  private ColumnFolder() {}

  static Optional<String> of(RepeatedItems.Group group) {
    String common = null;
    for (ListItem i : group.items()) {
      String path = i.url().getHost() + (i.url().getRawPath() == null ? "" : i.url().getRawPath());
      String dir = path.substring(0, path.lastIndexOf('/') + 1);
      common = common == null ? dir : prefix(common, dir);
    }
    if (common == null) {
      return Optional.empty();
    }
    String[] parts = common.split("/");
    for (int k = parts.length - 1; k > 0; k--) {
      if (FOLDER.matcher(parts[k]).matches()) {
        return Optional.of(parts[k]);
      }
    }
    return Optional.empty();
  }

  /** The column name a folder abbreviates ({@code tzgg}: 通知公告), when it is a common one. */
  static Optional<String> nameOf(String folder) {
    return Optional.ofNullable(NAMES.get(folder));
  }

  /** The folder that abbreviates a column name (通知公告: {@code tzgg}), when it is a common one. */
  static Optional<String> folderOf(String name) {
    return NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).sorted().findFirst();
  }

  private static String prefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    String p = a.substring(0, n);
    return p.substring(0, p.lastIndexOf('/') + 1);
  }
}

package bulletin.collector.suggest;

import bulletin.common.record.SourceLevel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Guesses a source's id, name, level and section hint from the site's host, the page's title and
 * the column's name. Guesses only: the feed adder checks them before saving.
 */
public record SourceGuess(String id, String name, SourceLevel level, String sectionHint) {
  private static final Pattern ORGANISATION = Pattern.compile(".*(部|委|厅|局|委员会|政府|办公室|办公厅|中心|院|署|会)$");
  private static final Pattern TITLE_PARTS = Pattern.compile("[-_|–—·:：\\s]+");
  private static final List<String> MUNICIPAL = List.of("鄂尔多斯", "ordos", "东胜", "康巴什", "达拉特", "准格尔",
      "伊金霍洛", "鄂托克", "杭锦", "乌审", "dongsheng", "kbs", "dlt", "zge", "yjhl", "etk", "hj", "ws");
  private static final List<String> REGIONAL = List.of("内蒙古", "nmg", "nmgkjt", "nm.gov");
  private static final List<String> LEADERSHIP = List.of("求是", "新华社", "qstheory", "xinhuanet", "news.cn");
  private static final List<String> PROVINCES = List.of("北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林",
      "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川",
      "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "省", "市", "自治区", "县", "区");
  private static final List<String> NATIONAL = List.of("中华人民共和国", "国家", "国务院", "中国", "部");
  /** The guesses for a list named {@code column} on the page at {@code url}; {@code index} numbers unnamed lists. */
  static SourceGuess of(URI url, Document doc, ColumnName column, Optional<String> folder, int index) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    String site = siteName(doc, host);
    SourceLevel level = level(host, site);
    String slug = folder.or(() -> ColumnFolder.folderOf(column.text())).orElse("list" + index);
    return new SourceGuess(hostSlug(host) + "-" + slug, site, level, sectionHint(level, column.text()));
  }

  /** The organisation the page's title names ({@code 中华人民共和国工业和信息化部} gives 工业和信息化部), else the host. */
  static String siteName(Document doc, String host) {
    String best = "";
    for (String part : TITLE_PARTS.split(doc.title().strip())) {
      String p = part.replaceFirst("^中华人民共和国", "").strip();
      if (ORGANISATION.matcher(p).matches() && (best.isEmpty() || p.length() < best.length())) {
        best = p;
      }
    }
    if (best.isEmpty()) {
      String[] parts = TITLE_PARTS.split(doc.title().strip());
      best = parts.length > 0 && !parts[0].isBlank() ? parts[0].strip() : host;
    }
    return best;
  }

  static SourceLevel level(String host, String site) {
    String both = site + " " + host;
    if (LEADERSHIP.stream().anyMatch(both::contains)) {
      return SourceLevel.LEADERSHIP;
    }
    if (MUNICIPAL.stream().anyMatch(w -> site.contains(w) || labels(host).contains(w))) {
      return SourceLevel.MUNICIPAL;
    }
    if (REGIONAL.stream().anyMatch(w -> site.contains(w) || host.contains(w))) {
      return SourceLevel.REGIONAL;
    }
    if (PROVINCES.stream().anyMatch(site::contains)) {
      return SourceLevel.PEER;
    }
    if (NATIONAL.stream().anyMatch(site::contains) || host.matches("(www\\.)?[a-z]+\\.gov\\.cn")) {
      return SourceLevel.NATIONAL;
    }
    return SourceLevel.PEER;
  }

  /** The section a column of this name at this level usually feeds, as the shipped sources do. */
  static String sectionHint(SourceLevel level, String column) {
    boolean notice = column.matches(".*(通知|公告|通告|公示|申报|指南|项目).*");
    boolean policy = column.matches(".*(政策|法规|文件|解读|规划|令).*");
    return switch (level) {
      case LEADERSHIP -> "高层声音";
      case PEER -> "他山之石";
      case REGIONAL -> notice ? "科技专项" : "科技兴蒙";
      case MUNICIPAL -> notice ? "科技专项" : "部门动态";
      case NATIONAL -> notice ? "科技专项" : policy ? "科技政策" : column.matches(".*(领导|时政|要闻).*") ? "高层声音" : "科技政策";
    };
  }

  private static String hostSlug(String host) {
    if (host.matches("[0-9.]+|\\[.*]")) {
      return "site"; // an address names no site
    }
    List<String> kept = new ArrayList<>();
    for (String label : host.split("\\.")) {
      if (!List.of("www", "gov", "cn", "com", "org", "net", "edu", "").contains(label)) {
        kept.add(label.replaceAll("[^a-z0-9-]", ""));
      }
    }
    return kept.isEmpty() ? "site" : String.join("-", kept.subList(0, Math.min(2, kept.size())));
  }

  private static List<String> labels(String host) {
    return List.of(host.split("\\."));
  }
}

package bulletin.collector.suggest;

import java.util.Optional;
import java.util.regex.Pattern;

/** The last folder of letters that every item's URL shares ({@code /HTML/zwgk/tzgg/…} gives {@code tzgg}). */
final class ColumnFolder {
  private static final Pattern FOLDER = Pattern.compile("[a-z]{2,10}");

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

  private static String prefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    String p = a.substring(0, n);
    return p.substring(0, p.lastIndexOf('/') + 1);
  }
}

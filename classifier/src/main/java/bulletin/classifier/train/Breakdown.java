package bulletin.classifier.train;

import bulletin.classifier.cue.Cues;
import bulletin.classifier.model.Item;
import bulletin.classifier.model.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where the errors come from: accuracy per group of items (by the page's host, the source's level, or
 * one of the two facts the model reads first: whose news and what kind), most errors first.
 */
public final class Breakdown {
  /** The groupings {@code classifier eval --by} takes. */
  public static final Map<String, Function<Item, String>> GROUPINGS = Map.of("host", Breakdown::host, "level",
      Breakdown::level, "locus", Breakdown::locus, "genre", Breakdown::genre);

  private Breakdown() {}

  /** The group of an item by its page's host; "(no url)" when it has none. */
  public static String host(Item item) {
    try {
      String h = item.url() == null ? null : URI.create(item.url().strip()).getHost();
      return h == null ? "(no url)" : h;
    } catch (IllegalArgumentException e) {
      return "(bad url)";
    }
  }

  /** The group of an item by its source's level; "(unknown)" when not given. */
  public static String level(Item item) {
    return item.sourceLevel() == null ? "(unknown)" : item.sourceLevel().wireName();
  }

  /** The group of an item by whose news it is, as the model reads it (外省市, 区内盟市…). */
  public static String locus(Item item) {
    return cues(item).locus().words();
  }

  /** The group of an item by what kind of news it is, as the model reads it (申报评审, 工作会议…). */
  public static String genre(Item item) {
    return cues(item).genre().words();
  }

  private static Cues cues(Item item) {
    return Cues.of(item.title(), item.text(), item.url(), item.sourceLevel());
  }

  /** The table: group, items, errors, accuracy, and the most frequent error (gold → predicted). */
  public static String of(List<Labelled> items, Function<Item, Verdict> classify,
      Function<Item, String> group) {
    Map<String, List<String[]>> byGroup = new TreeMap<>();
    for (Labelled x : items) {
      String predicted = Trainer.label(classify.apply(x.item()).section());
      byGroup.computeIfAbsent(group.apply(x.item()), g -> new ArrayList<>())
          .add(new String[] {Trainer.label(x.section()), predicted});
    }
    List<Map.Entry<String, List<String[]>>> rows = new ArrayList<>(byGroup.entrySet());
    rows.sort((a, b) -> Long.compare(errors(b.getValue()), errors(a.getValue())));
    StringBuilder out = new StringBuilder(String.format("%-36s %6s %6s %8s  %s%n", "group", "items", "errors",
        "accuracy", "most frequent error"));
    for (var r : rows) {
      long errors = errors(r.getValue());
      Map<String, Integer> kinds = new TreeMap<>();
      r.getValue().stream().filter(p -> !p[0].equals(p[1])).forEach(p -> kinds.merge(p[0] + " → " + p[1], 1, Integer::sum));
      String worst = kinds.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(e -> e.getKey() + " ×" + e.getValue()).orElse("");
      out.append(String.format("%s %6d %6d %8.3f  %s%n", column(r.getKey()), r.getValue().size(), errors,
          1 - errors / (double) r.getValue().size(), worst));
    }
    return out.toString();
  }

  /** A group's name padded to 36 display columns (a Chinese character takes two). */
  private static String column(String group) {
    int width = group.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    return group + " ".repeat(Math.max(0, 36 - width));
  }

  private static long errors(List<String[]> pairs) {
    return pairs.stream().filter(p -> !p[0].equals(p[1])).count();
  }
}

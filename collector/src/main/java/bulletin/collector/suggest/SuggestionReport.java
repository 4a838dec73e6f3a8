package bulletin.collector.suggest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a suggestion for a feed adder: the page's traits, then each list with its YAML and first items. */
public final class SuggestionReport {
  /** How many items of each list are printed. */
  static final int ITEMS_SHOWN = 5;

  private SuggestionReport() {}

  public static void print(Suggestion s, PrintStream out) {
    long suggested = s.suggested().size();
    out.printf(Locale.ROOT, "%s: %d lists found, %d suggested (threshold %.0f of 100)%n", s.page(),
        s.candidates().size(), suggested, Suggestion.threshold());
    out.println("CMS family: " + orNone(s.cms(), "not recognised"));
    out.println("feeds: " + orNone(s.feeds(), "none linked (a feed, when a site has one, is kind: feed)"));
    out.println("pagination: " + orNone(s.pagination(), "none on this page"));
    out.println("script-filled lists: " + orNone(s.scriptLists(), "none"));
    if (!s.articlePage().isEmpty()) {
      out.println("this page reads as an article (" + s.articlePage() + "): its lists are side lists, scored down");
    }
    int n = 0;
    for (Candidate c : s.candidates()) {
      n++;
      if (!c.suggested()) {
        if (n == suggested + 1) {
          out.printf(Locale.ROOT, "%nbelow the threshold (%.0f):%n", Suggestion.threshold());
        }
        out.printf(Locale.ROOT, "  [%d] %s  score %.0f: %s%n", n, c.name(), c.score(), String.join("; ", c.reasons()));
        continue;
      }
      out.printf(Locale.ROOT, "%n[%d] %s  score %.0f%s%n", n, c.name(), c.score(),
          c.column().isKnown() ? "  (name from the " + c.column().foundBy() + ")" : "");
      out.println("    why: " + String.join("; ", c.reasons()));
      c.column().page().ifPresent(p -> out.println("    the column's own page: " + p
          + " (suggest it for a longer list)"));
      out.printf("    items (%d, first %d):%n", c.items().size(), Math.min(ITEMS_SHOWN, c.items().size()));
      for (Candidate.Item i : c.items().subList(0, Math.min(ITEMS_SHOWN, c.items().size()))) {
        out.printf("      %-14s %s  %s%n        %s%n", i.shownDate().orElse("(no date)"),
            i.date().map(Object::toString).orElse("????-??-??"), i.title(), i.url());
      }
      out.println("    as sources/" + c.guess().id() + ".yaml:");
      c.yaml().lines().forEach(l -> out.println("      " + l));
    }
    if (suggested == 0) {
      out.printf(Locale.ROOT, "%nno article list reaches the threshold (%.0f) on this page%n", Suggestion.threshold());
    }
  }

  private static String orNone(List<String> lines, String none) {
    return lines.isEmpty() ? none : String.join("; ", lines);
  }
}

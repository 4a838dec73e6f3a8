package bulletin.collector.suggest;

import bulletin.collector.parse.ChineseDates;
import bulletin.collector.parse.ListPage;
import bulletin.collector.parse.ListPageParser;
import bulletin.collector.source.SourceDefinition.ListSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the {@code list.*} selectors of a found list and keeps them only when the collector's own
 * list parser, run with them on the page, reads exactly the items found: the same links, headlines
 * and dates, in the same order.
 */
final class ListSelectorGuess {
  private ListSelectorGuess() {}

  /** The selectors, and what the collector reads with them. */
  record Verified(ListSelectors selectors, ListPage page) {}

  /** Selectors that reproduce {@code group}'s items on the page, if any of the forms tried does. */
  static Optional<Verified> of(RepeatedItems.Group group, Document doc, String html, URI pageUrl, LocalDate today) {
    String container = CssPaths.of(group.container(), doc);
    String date = dateForm(group).orElse(null);
    StringBuilder leads = new StringBuilder();
    group.leads().forEach(l -> leads.append(CssPaths.of(l.element(), doc)).append(", "));
    String lead = leads.toString();
    List<String> itemForms = new ArrayList<>();
    commonClass(group.items(), ListItem::element)
        .ifPresent(c -> itemForms.add(lead + container + " > " + group.tag() + "." + c));
    itemForms.add(lead + container + " > " + group.tag());
    if (date != null && !date.equals(group.tag())) {
      itemForms.add(lead + container + " > " + group.tag() + ":has(" + date + ")"); // leaves out a "more" link
    }
    Optional<String> title = titleForm(group);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    for (String item : itemForms) {
      for (String link : linkForms(group)) {
        ListSelectors selectors = new ListSelectors(item, link, title.get().isEmpty() ? null : title.get(), date);
        ListPage page = ListPageParser.parse(html, pageUrl, selectors, today);
        if (reproduces(page, group)) {
          return Optional.of(new Verified(selectors, page));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The headline's selector: none (the link) when the link shows only the headline, else its part
   * that does, when one form finds it in every item; empty when none does.
   */
  private static Optional<String> titleForm(RepeatedItems.Group group) {
    if (group.all().stream().allMatch(i -> i.titleHolder() == i.link())) {
      return Optional.of("");
    }
    Element sample = group.all().stream().filter(i -> i.titleHolder() != i.link()).findFirst().orElseThrow().titleHolder();
    List<String> forms = new ArrayList<>();
    commonClass(group.all(), ListItem::titleHolder).ifPresent(c -> forms.add("a " + sample.normalName() + "." + c));
    forms.add("a " + sample.normalName());
    return forms.stream().filter(f -> group.all().stream().allMatch(i -> i.element().selectFirst(f) == i.titleHolder()))
        .findFirst();
  }

  private static List<String> linkForms(RepeatedItems.Group group) {
    List<String> forms = new ArrayList<>(List.of("a"));
    commonClass(group.all(), ListItem::link).ifPresent(c -> forms.add("a." + c));
    forms.add("a[title]");
    return forms.stream().filter(f -> group.all().stream().allMatch(i -> i.element().selectFirst(f) == i.link()))
        .toList();
  }

  /** The date's selector inside an item: the item itself, a class its holders share, their tag. */
  private static Optional<String> dateForm(RepeatedItems.Group group) {
    List<ListItem> dated = group.all().stream().filter(i -> i.date().isPresent()).toList();
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    Set<String> forms = new LinkedHashSet<>();
    Element holder = dated.get(0).date().get().holder();
    if (holder == dated.get(0).element()) {
      forms.add(group.tag());
    }
    commonClass(dated, i -> i.date().get().holder()).ifPresent(c -> forms.add(holder.normalName() + "." + c));
    for (ListItem i : dated) {
      for (String c : i.date().get().holder().classNames()) {
        String stem = c.replaceFirst("\\d+$", "");
        if (!stem.equals(c) && CssPaths.isName(stem)) {
          forms.add(holder.normalName() + "[class^=" + stem + "]"); // tztg_date and tztg_date02
        }
      }
    }
    forms.add(holder.normalName());
    Set<String> eachHolder = new LinkedHashSet<>(); // a pinned item's date sits in a cell of its own class
    for (ListItem i : dated) {
      Element h = i.date().get().holder();
      h.classNames().stream().filter(CssPaths::isName).findFirst().ifPresent(c -> eachHolder.add(h.normalName() + "." + c));
    }
    if (eachHolder.size() > 1 && eachHolder.size() <= 3) {
      forms.add(String.join(", ", eachHolder));
    }
    for (String form : forms) {
      boolean all = dated.stream().allMatch(i -> {
        Element found = i.element().selectFirst(form);
        LocalDate want = i.date().get().date();
        return found != null && ChineseDates.inListText(ListPageParser.dateText(found, i.link()), want)
            .or(() -> ChineseDates.inListText(ListPageParser.spacedText(found, i.link()), want))
            .filter(want::equals).isPresent();
      });
      if (all) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }

  /** A class every element {@code of} the items carries. */
  private static Optional<String> commonClass(List<ListItem> items, Function<ListItem, Element> of) {
    Set<String> common = null;
    for (ListItem i : items) {
      Set<String> classes = new LinkedHashSet<>(of.apply(i).classNames());
      if (common == null) {
        common = classes;
      } else {
        common.retainAll(classes);
      }
    }
    return common == null ? Optional.empty() : common.stream().filter(CssPaths::isName).findFirst();
  }

  private static boolean reproduces(ListPage page, RepeatedItems.Group group) {
    List<ListItem> expected = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (ListItem i : group.all()) {
      if (seen.add(i.url())) {
        expected.add(i);
      }
    }
    if (page.entries().size() != expected.size()) {
      return false;
    }
    for (int k = 0; k < expected.size(); k++) {
      var entry = page.entries().get(k);
      ListItem item = expected.get(k);
      Optional<LocalDate> date = item.date().map(ShownDate::date);
      if (!entry.url().equals(item.url()) || !entry.title().equals(item.title())
          || item.date().isPresent() && !Objects.equals(entry.date(), date)) {
        return false;
      }
    }
    return true;
  }
}

package bulletin.collector.suggest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Suggest's front door: finds a page's article lists, names and ranks them, writes the selectors and
 * guesses that make each a source, and notes the page's feeds, pagination, CMS family and
 * script-filled lists.
 */
public final class ListSuggester {
  private ListSuggester() {}

  /** What suggest makes of the page {@code html} read from {@code url}. */
  public static Suggestion suggest(String html, URI url, LocalDate today) {
    Document doc = Jsoup.parse(html, url.toString());
    List<RepeatedItems.Group> found = RepeatedItems.in(doc, today);
    List<RepeatedItems.Group> groups = found.stream().map(g -> LeadItems.add(g, found, today)).toList();
    int listHeadlines = groups.stream().filter(g -> g.datedShare() >= 0.5)
        .mapToInt(g -> g.all().stream().mapToInt(i -> i.title().length()).sum()).sum();
    String articlePage = ArticlePages.reading(html, url, today, listHeadlines).orElse("");
    Map<Element, Integer> order = new IdentityHashMap<>();
    List<Element> all = doc.getAllElements();
    for (int k = 0; k < all.size(); k++) {
      order.put(all.get(k), k);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (RepeatedItems.Group group : groups) {
      Optional<ListSelectorGuess.Verified> verified = ListSelectorGuess.of(group, doc, html, url, today);
      if (verified.isEmpty()) {
        continue;
      }
      ColumnName name = ColumnNames.of(group, groups, doc);
      double position = order.getOrDefault(group.container(), 0) / (double) Math.max(1, all.size());
      ListRanking.Score score = ListRanking.of(group, name, url, position, articlePage);
      SourceGuess guess = SourceGuess.of(url, doc, name, ColumnFolder.of(group), candidates.size() + 1);
      candidates.add(new Candidate(name, score.value(), score.reasons(), verified.get().selectors(), guess, url,
          items(group, verified.get())));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return new Suggestion(url, distinctIds(candidates), FeedLinks.in(doc), Pagination.in(doc),
        CmsFamily.of(doc, html), ScriptLists.in(doc), articlePage);
  }

  /** The items as the collector reads them, each with its date as the page shows it. */
  private static List<Candidate.Item> items(RepeatedItems.Group group, ListSelectorGuess.Verified verified) {
    Map<URI, ListItem> shown = new HashMap<>();
    group.all().forEach(i -> shown.putIfAbsent(i.url(), i));
    return verified.page().entries().stream().map(e -> new Candidate.Item(e.title(), e.url(),
        Optional.ofNullable(shown.get(e.url())).flatMap(ListItem::date).map(ShownDate::text), e.date())).toList();
  }

  /** The same guessed id twice (two unnamed lists of one site) gets -2, -3…. */
  private static List<Candidate> distinctIds(List<Candidate> candidates) {
    Set<String> used = new HashSet<>();
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      String id = c.guess().id();
      for (int k = 2; !used.add(id); k++) {
        id = c.guess().id() + "-" + k;
      }
      SourceGuess g = new SourceGuess(id, c.guess().name(), c.guess().level(), c.guess().sectionHint());
      out.add(new Candidate(c.column(), c.score(), c.reasons(), c.selectors(), g, c.listUrl(), c.items()));
    }
    return List.copyOf(out);
  }
}

package bulletin.collector.suggest;

import bulletin.collector.parse.Hrefs;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a list's column name off the page, in the ways Chinese government sites show it: a tab
 * tied to the list's panel by their ids ({@code con_xw_2} and {@code xw2}, the common setTab script)
 * or by an event handler ({@code setTab('xw',2,3)}), a heading just before the list, a tab bar whose
 * n-th tab goes with the n-th panel, and last the column's folder in the items' URLs ({@code /tzgg/}),
 * read as the pinyin initials sites use.
 */
final class ColumnNames {
  private static final Pattern PANEL_ID = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*?)[_-]?(\\d+)$");
  private static final List<String> PANEL_WORDS = List.of("con", "cont", "content", "tab", "list", "box", "panel", "c");
  private static final Pattern MORE = Pattern.compile("(?i)更多|more|>>|»|＞＞|>|\\s+");
  private static final Pattern HEADING_HINT = Pattern.compile("(?i)tit|title|head|hd|bt|lm|name|caption|tab");
  private ColumnNames() {}

  /** The name of the column whose list {@code group} is; {@code lists} are all the page's lists. */
  static ColumnName of(RepeatedItems.Group group, List<RepeatedItems.Group> lists, Document doc) {
    List<Element> blocks = OwnBlock.of(group, lists);
    return byTabId(blocks, doc)
        .or(() -> byHeading(blocks))
        .or(() -> byFolder(group))
        .orElse(ColumnName.unnamed());
  }

  /** A tab whose id or event handler names the list's panel: {@code con_xw_2} ↔ {@code #xw2}, {@code setTab('xw',2,…)}. */
  private static Optional<ColumnName> byTabId(List<Element> blocks, Document doc) {
    for (Element panel : blocks) {
      Matcher m = PANEL_ID.matcher(panel.id());
      if (!m.matches()) {
        continue;
      }
      String n = m.group(2);
      for (String token : m.group(1).split("[_-]+")) {
        if (token.isEmpty() || PANEL_WORDS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        for (String id : List.of(token + n, token + "_" + n, token + "-" + n)) {
          Element tab = doc.getElementById(id);
          if (tab != null && tab != panel && !tab.parents().contains(panel)) {
            Optional<ColumnName> name = named(tab, "tab");
            if (name.isPresent()) {
              return name;
            }
          }
        }
        Pattern handler = Pattern.compile("['\"]" + Pattern.quote(token) + "['\"]\\s*,\\s*" + n + "\\b");
        for (Element tab : doc.select("[onmouseover], [onclick], [onmouseenter]")) {
          String js = tab.attr("onmouseover") + " " + tab.attr("onclick") + " " + tab.attr("onmouseenter");
          if (handler.matcher(js).find()) {
            Optional<ColumnName> name = named(tab, "tab");
            if (name.isPresent()) {
              return name;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A heading before the list's container or one of its own blocks (see {@link OwnBlock}), or the
   * tab of a bar above a run of panels, one of which holds the list.
   */
  private static Optional<ColumnName> byHeading(List<Element> blocks) {
    for (Element level : blocks) {
      Optional<ColumnName> tab = byTabBar(level);
      if (tab.isPresent()) {
        return tab;
      }
      int looked = 0;
      for (Element s = level.previousElementSibling(); s != null && looked < 3; s = s.previousElementSibling()) {
        if (s.select("a[href]").stream().anyMatch(a -> ArticleLinks.articleUrl(a).isPresent())) {
          continue; // another list, not a heading
        }
        looked++;
        Optional<ColumnName> name = headingIn(s);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The n-th tab of a bar just before a run of panels, when {@code panel} is the n-th and the counts
   * agree; the bar may also sit before the panels' wrapper ({@code div.hd} then {@code div.bd}, as
   * slide-tab scripts lay them out).
   */
  private static Optional<ColumnName> byTabBar(Element panel) {
    Element parent = panel.parent();
    List<Element> panels = parent.children().stream()
        .filter(c -> c.normalName().equals(panel.normalName()) && c.className().equals(panel.className())).toList();
    if (panels.size() < 2) {
      return Optional.empty();
    }
    Element bar = panels.get(0).previousElementSibling();
    if (bar == null && parent.children().size() == panels.size()) {
      bar = parent.previousElementSibling();
    }
    if (bar == null) {
      return Optional.empty();
    }
    List<Element> tabs = bar.select("li, a, span, h2, h3, h4").stream()
        .filter(t -> t.children().isEmpty() || t.select("li, a, span").isEmpty())
        .filter(t -> shortName(t.text()).isPresent()).toList();
    if (tabs.size() != panels.size()) {
      return Optional.empty();
    }
    return named(tabs.get(panels.indexOf(panel)), "tab");
  }

  /** The heading a block shows: a heading element, or one whose class says title, or the block's own short text. */
  private static Optional<ColumnName> headingIn(Element block) {
    for (Element e : block.getAllElements()) {
      boolean heading = e.normalName().matches("h[1-6]") || HEADING_HINT.matcher(e.className() + " " + e.id()).find();
      if (heading) {
        Optional<ColumnName> name = named(e, "heading");
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return named(block, "heading");
  }

  private static Optional<ColumnName> named(Element e, String how) {
    return shortName(e.text()).map(text -> {
      Element link = e.is("a[href]") ? e : e.selectFirst("a[href]");
      Optional<URI> page = Optional.ofNullable(link).map(a -> a.absUrl("href")).filter(h -> h.startsWith("http"))
          .flatMap(Hrefs::uri);
      return new ColumnName(text, how, page);
    });
  }

  /** The text as a column's name: two to sixteen characters once 更多 and arrows are dropped. */
  static Optional<String> shortName(String text) {
    String name = MORE.matcher(text).replaceAll("");
    int letters = ArticleLinks.letters(name);
    return letters >= 2 && name.length() <= 16 ? Optional.of(name) : Optional.empty();
  }

  /** The column folder shared by the items' URLs, read as pinyin initials. */
  private static Optional<ColumnName> byFolder(RepeatedItems.Group group) {
    return ColumnFolder.of(group).flatMap(folder -> ColumnFolder.nameOf(folder)
        .map(name -> new ColumnName(name, "URL folder /" + folder + "/", Optional.empty())));
  }
}

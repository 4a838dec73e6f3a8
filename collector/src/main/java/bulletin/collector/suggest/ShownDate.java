package bulletin.collector.suggest;

import bulletin.collector.parse.ChineseDates;
import bulletin.collector.parse.ListPageParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A list item's date as the page shows it ({@code [03.16]}, {@code (2018-03-23)}, {@code 2018/03/14})
 * and the day it reads as, with the element that holds it.
 */
record ShownDate(String text, LocalDate date, Element holder) {
  /** A date printed in boxes (day apart from year and month) is this short at most. */
  private static final int MAX_BOXED = 24;

  /**
   * The first date the item shows outside its link: an element's own text that is a date (a full one,
   * a month and day alone, or a day set apart from its year and month in boxes of their own), the
   * item's own text included; failing that, such a date inside the link.
   */
  static Optional<ShownDate> in(Element item, Element link, LocalDate today) {
    for (Element e : item.getAllElements()) {
      if (!isInside(e, link)) {
        Optional<ShownDate> d = of(e, today);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element e : link.getAllElements()) {
      if (e != link) {
        Optional<ShownDate> d = of(e, today);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The date {@code e} shows in its own text, or in all its text when that is short and holds no link. */
  private static Optional<ShownDate> of(Element e, LocalDate today) {
    String own = e.ownText().strip();
    if (!own.isEmpty()) {
      Optional<LocalDate> d = ChineseDates.inListText(own, today);
      if (d.isPresent()) {
        return Optional.of(new ShownDate(own, d.get(), e));
      }
    }
    String all = e.text().strip();
    if (e.childrenSize() > 0 && all.length() <= MAX_BOXED && !all.equals(own) && e.select("a").isEmpty()) {
      for (String text : List.of(all, ListPageParser.spacedText(e, null))) {
        Optional<LocalDate> d = ChineseDates.inListText(text, today);
        if (d.isPresent()) {
          return Optional.of(new ShownDate(text, d.get(), e));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the date lies within the item's link, beside the headline. */
  boolean inside(Element link) {
    return isInside(holder, link) && holder != link;
  }

  /** Whether {@code e} is the link or lies within it. */
  private static boolean isInside(Element e, Element link) {
    return e == link || e.parents().contains(link);
  }
}

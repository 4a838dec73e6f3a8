package bulletin.collector.suggest;

import bulletin.collector.parse.ChineseDates;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A list item's date as the page shows it ({@code [03.16]}, {@code (2018-03-23)}, {@code 2018/03/14})
 * and the day it reads as, with the element that holds it.
 */
record ShownDate(String text, LocalDate date, Element holder) {

  /**
   * The first date the item shows outside its link: an element's own text that is a date (a full one,
   * or a month and day alone), the item's own text included.
   */
  static Optional<ShownDate> in(Element item, Element link, LocalDate today) {
    for (Element e : item.getAllElements()) {
      if (isInside(e, link)) {
        continue;
      }
      String own = e.ownText().strip();
      if (own.isEmpty()) {
        continue;
      }
      Optional<LocalDate> d = ChineseDates.inListText(own, today);
      if (d.isPresent()) {
        return Optional.of(new ShownDate(own, d.get(), e));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code e} is the link or lies within it. */
  private static boolean isInside(Element e, Element link) {
    return e == link || e.parents().contains(link);
  }
}

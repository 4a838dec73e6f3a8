package bulletin.classifier.model;

import bulletin.common.record.Announcement;
import bulletin.common.record.SourceLevel;

/**
 * What the classifier looks at: the title, the text and, when known, where the item came from (its
 * source's name, level and column hint, and the page's URL).
 */
public record Item(String title, String text, String sourceName, SourceLevel sourceLevel,
    String sectionHint, String url) {

  /** Title and text are read in simplified script, whatever script the page used. */
  public Item {
    title = title == null ? "" : SimplifiedScript.of(title);
    text = text == null ? "" : SimplifiedScript.of(text);
  }

  /** An item with no URL. */
  public Item(String title, String text, String sourceName, SourceLevel sourceLevel, String sectionHint) {
    this(title, text, sourceName, sourceLevel, sectionHint, null);
  }

  public static Item of(Announcement a) {
    return new Item(a.title(), a.text(), a.sourceName(), a.sourceLevel(), a.sectionHint(), a.url());
  }
}

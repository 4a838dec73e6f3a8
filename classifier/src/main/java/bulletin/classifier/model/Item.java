package bulletin.classifier.model;

import bulletin.common.record.Announcement;
import bulletin.common.record.SourceLevel;

/** What the classifier looks at: the title, the text and, when known, where the item came from. */
public record Item(String title, String text, String sourceName, SourceLevel sourceLevel,
    String sectionHint) {

  public Item {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  public static Item of(Announcement a) {
    return new Item(a.title(), a.text(), a.sourceName(), a.sourceLevel(), a.sectionHint());
  }
}

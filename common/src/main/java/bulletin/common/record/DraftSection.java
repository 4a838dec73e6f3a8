package bulletin.common.record;

import static bulletin.common.record.Checks.require;

import java.util.List;

/** A section of a draft, titled as printed (高层声音), with its items in order. */
public record DraftSection(String title, List<DraftItem> items) {
  public DraftSection {
    require(title, "section title");
    items = items == null ? List.of() : List.copyOf(items);
  }
}

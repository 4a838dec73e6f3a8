package bulletin.common.record;

import static bulletin.common.record.Checks.require;

/** An item the draft considered and left out, with why, so an editor can bring it back. */
public record SetAside(String itemId, String title, String reason) {
  public SetAside {
    require(itemId, "itemId");
    title = title == null ? "" : title;
    require(reason, "reason");
  }
}

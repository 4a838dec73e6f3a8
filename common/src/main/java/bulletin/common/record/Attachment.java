package bulletin.common.record;

import static bulletin.common.record.Checks.require;

/** A file linked from an announcement (申报书, 附件). */
public record Attachment(String name, String url) {
  public Attachment {
    require(url, "attachment url");
    name = name == null || name.isBlank() ? url : name.strip();
  }
}

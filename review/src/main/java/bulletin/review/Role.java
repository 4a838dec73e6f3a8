package bulletin.review;

import java.util.Locale;

/** What a user of the review app may do: 编辑 fix and submit drafts; 审核 approve, send back and publish. */
public enum Role {
  EDITOR("编辑"),
  REVIEWER("审核");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Role parse(String s) {
    for (Role r : values()) {
      if (r.name().equalsIgnoreCase(s.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("role '" + s + "' is not editor or reviewer");
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

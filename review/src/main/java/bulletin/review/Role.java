package bulletin.review;

import java.util.Locale;

/**
 * What a user of the review app may do: 编辑 fix and submit drafts; 审核 approve, send back and
 * publish; 信息员 (feed adders) add, pause and resume sources on the feeds page, which editors may
 * use too.
 */
public enum Role {
  EDITOR("编辑"),
  REVIEWER("审核"),
  FEEDS("信息员");

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
    throw new IllegalArgumentException("role '" + s + "' is not editor, reviewer or feeds");
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

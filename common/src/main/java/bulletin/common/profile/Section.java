package bulletin.common.profile;

import bulletin.common.json.WireNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * One section of the bulletin as the profile defines it.
 *
 * @param title as printed between 【】
 * @param quota at most this many items
 * @param layout how items are printed: a headline and summary, or dated one-liners
 * @param keywords phrases that suggest the section, for the classifier's rules
 * @param levels source levels that lean towards the section
 */
public record Section(String title, int quota, Layout layout, List<String> keywords,
    List<String> levels) {

  public Section {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a section has no title");
    }
    if (quota < 1) {
      throw new IllegalArgumentException("section " + title + ": quota " + quota + " is not positive");
    }
    layout = layout == null ? Layout.SUMMARY : layout;
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    levels = levels == null ? List.of() : List.copyOf(levels);
  }

  /** How a section prints its items. */
  public enum Layout {
    /** 标题。摘要…… in one paragraph. */
    SUMMARY,
    /** 3月23日，…… one line each, in date order. */
    DATED;

    @JsonValue
    public String wireName() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Layout parse(String v) {
      return WireNames.parse(Layout.class, v, "layout");
    }
  }
}

package bulletin.classifier.model;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule model: each section scores from the source's prior (its section hint and level) and
 * from the profile's phrases found in the title (weighted) and the text. An item with no word of
 * science and technology, or with an off-topic phrase in its title, belongs in no section.
 */
public final class SectionRules {
  public static final String VERSION = "rules-1";
  /** The score key for "belongs in no section". */
  public static final String OFF_TOPIC = "无关";

  static final double HINT = 1.5;
  static final double LEVEL = 1.0;
  static final double IN_TITLE = 2.0;
  static final double IN_TEXT = 0.5;
  static final int TEXT_HITS_COUNTED = 3;
  static final double OFF_TOPIC_IN_TITLE = 4.0;
  /** Below this best score an item is off-topic: nothing pointed anywhere. */
  static final double MIN_SCORE = 1.5;

  private final BulletinProfile profile;

  public SectionRules(BulletinProfile profile) {
    this.profile = profile;
  }

  public Verdict classify(Item item) {
    Map<String, Double> scores = new LinkedHashMap<>();
    List<String> reasons = new ArrayList<>();
    String level = item.sourceLevel() == null ? null : item.sourceLevel().wireName();
    for (Section s : profile.sections()) {
      double score = 0;
      if (s.title().equals(item.sectionHint())) {
        score += HINT;
        reasons.add("来源栏目通常供稿【" + s.title() + "】(+" + HINT + ")");
      }
      if (level != null && s.levels().contains(level)) {
        score += LEVEL;
        reasons.add("来源级别 " + level + " 倾向【" + s.title() + "】(+" + LEVEL + ")");
      }
      int textHits = 0;
      for (String k : s.keywords()) {
        if (item.title().contains(k)) {
          score += IN_TITLE;
          reasons.add("标题含“" + k + "”→【" + s.title() + "】(+" + IN_TITLE + ")");
        } else if (textHits < TEXT_HITS_COUNTED && item.text().contains(k)) {
          textHits++;
          score += IN_TEXT;
          reasons.add("正文含“" + k + "”→【" + s.title() + "】(+" + IN_TEXT + ")");
        }
      }
      scores.put(s.title(), score);
    }
    double offTopic = 0;
    for (String k : profile.offTopicKeywords()) {
      if (item.title().contains(k)) {
        offTopic += OFF_TOPIC_IN_TITLE;
        reasons.add("标题含“" + k + "”，不属本刊范围 (+" + OFF_TOPIC_IN_TITLE + ")");
      }
    }
    boolean aboutScience = profile.topicKeywords().stream()
        .anyMatch(k -> item.title().contains(k) || item.text().contains(k));
    if (!aboutScience) {
      offTopic += 10;
      reasons.add("标题和正文都没有科技相关词语");
    }
    scores.put(OFF_TOPIC, offTopic);

    String best = null;
    double bestScore = 0;
    double total = 0;
    for (var e : scores.entrySet()) {
      total += e.getValue();
      if (!e.getKey().equals(OFF_TOPIC) && e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best == null || bestScore < MIN_SCORE || offTopic >= bestScore) {
      if (best != null && bestScore < MIN_SCORE && offTopic == 0) {
        reasons.add("最高得分 " + bestScore + " 低于 " + MIN_SCORE + "，判为无关");
      }
      double confidence = total == 0 ? 1.0 : Math.max(offTopic, MIN_SCORE - bestScore) / Math.max(total, MIN_SCORE);
      return new Verdict(null, clamp(confidence), scores, reasons, VERSION);
    }
    return new Verdict(best, clamp(bestScore / total), scores, reasons, VERSION);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, Math.round(v * 1000) / 1000.0));
  }
}

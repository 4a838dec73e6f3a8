package bulletin.common.kafka;

import java.time.Duration;
import java.util.Map;

/**
 * How long a topic keeps its records, chosen for years of running: a pipeline that drafts a monthly
 * issue must still hold last quarter's items, their reasons and the editors' work after any restart.
 *
 * @param cleanupPolicy {@code compact} (the latest record of each key, for ever) or {@code delete}
 * @param retention how long a {@code delete} topic keeps a record; {@code null} for ever
 * @param why the reason, printed by {@code ./bulletin ops topics} and in docs/operations.md
 */
public record Keeping(String cleanupPolicy, Duration retention, String why) {

  /** The latest record of each key, for ever: the key is the thing's identity. */
  public static Keeping latestPerKey(String why) {
    return new Keeping("compact", null, why);
  }

  /** Every record, for ever: a history whose records share keys, small enough to keep. */
  public static Keeping forever(String why) {
    return new Keeping("delete", null, why);
  }

  /** Every record for {@code days} days. */
  public static Keeping forDays(int days, String why) {
    return new Keeping("delete", Duration.ofDays(days), why);
  }

  /** {@code retention.ms} as Kafka spells it: -1 for ever. */
  public String retentionMs() {
    return retention == null ? "-1" : Long.toString(retention.toMillis());
  }

  /** The topic configs that carry this choice. */
  public Map<String, String> configs() {
    return "compact".equals(cleanupPolicy)
        ? Map.of("cleanup.policy", "compact")
        : Map.of("cleanup.policy", cleanupPolicy, "retention.ms", retentionMs());
  }

  /**
   * What differs between this choice and a topic's actual {@code cleanup.policy} and {@code
   * retention.ms}, in words, or empty when nothing that matters does (a compacted topic's
   * retention.ms does not apply).
   */
  public String differenceFrom(String actualPolicy, String actualRetentionMs) {
    if (!cleanupPolicy.equals(actualPolicy)) {
      return "cleanup.policy is " + actualPolicy + ", not " + cleanupPolicy;
    }
    if (!"compact".equals(cleanupPolicy) && !retentionMs().equals(actualRetentionMs)) {
      return "retention.ms is " + actualRetentionMs + " (" + describeMs(actualRetentionMs) + "), not "
          + retentionMs() + " (" + describeMs(retentionMs()) + ")";
    }
    return "";
  }

  /** "for ever", "90 days", "36 hours" … */
  public static String describeMs(String retentionMs) {
    long ms;
    try {
      ms = Long.parseLong(retentionMs);
    } catch (NumberFormatException e) {
      return retentionMs;
    }
    if (ms < 0) {
      return "for ever";
    }
    Duration d = Duration.ofMillis(ms);
    if (d.toDays() > 0 && d.toHours() % 24 == 0) {
      return d.toDays() + " days";
    }
    return d.toHours() > 0 ? d.toHours() + " hours" : d.toMinutes() + " minutes";
  }
}

package bulletin.collector;

import bulletin.common.record.PostingRhythm;
import bulletin.common.record.SourceHealth;
import java.time.Duration;
import java.time.Instant;

/** One source's line in {@code collector health}: its state first, then what ops need to judge it. */
final class HealthLine {
  static final int FAILING = 0;
  static final int STALE = 1;
  static final int WARNING = 2;
  static final int OK = 3;

  private HealthLine() {}

  /** Failing sources come first, then stale ones, then those with warnings, then the rest. */
  static int rank(SourceHealth h, Instant now) {
    if (!h.ok()) {
      return FAILING;
    }
    if (h.rhythm(now).stale()) {
      return STALE;
    }
    return h.warnings().isEmpty() ? OK : WARNING;
  }

  static String of(SourceHealth h, Instant now) {
    String state = switch (rank(h, now)) {
      case FAILING -> "FAILING";
      case STALE -> "STALE";
      case WARNING -> "WARN";
      default -> "ok";
    };
    PostingRhythm r = h.rhythm(now);
    StringBuilder line = new StringBuilder(String.format("%-7s %-24s polled %s ago: %d listed, %d new, %d revised, %d failed",
        state, h.sourceId(), age(Duration.between(h.at(), now)), h.itemsFound(), h.newItems(), h.revisions(),
        h.articlesFailed()));
    if (h.listUnchanged()) {
      line.append(" (list not modified)");
    }
    if (!h.ok()) {
      line.append("; ").append(h.consecutiveFailures()).append(h.consecutiveFailures() == 1 ? " failed poll" : " failed polls")
          .append(" in a row, last success ")
          .append(h.lastSuccess() == null ? "never" : age(Duration.between(h.lastSuccess(), now)) + " ago");
    }
    line.append("; ").append(r.itemsLast30Days()).append(" items in 30 days");
    if (r.sinceLastItem() != null) {
      line.append(", the last ").append(age(r.sinceLastItem())).append(" ago");
    }
    if (r.usualGap() != null) {
      line.append(" (it usually posts within ").append(age(r.usualGap())).append(")");
    }
    return line.toString();
  }

  /** "40 s", "12 min", "5 h", "3 d". */
  static String age(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 120) {
      return s + " s";
    }
    if (s < 2 * 3600) {
      return s / 60 + " min";
    }
    if (s < 2 * 86400) {
      return s / 3600 + " h";
    }
    return s / 86400 + " d";
  }
}

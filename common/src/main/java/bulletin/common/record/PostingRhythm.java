package bulletin.common.record;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a source posts, read from when its new items were first seen, and whether it is later
 * than usual: "stale" means later than this source usually is, not a fixed number of days.
 *
 * @param itemsLast30Days new items seen in the 30 days before now
 * @param usualGap the gap between postings that four in five of its gaps stay within, or null while
 *     fewer than {@link #MIN_GAPS} gaps are known
 * @param sinceLastItem how long since a new item was last seen, or null when none has been
 * @param stale no new item for longer than {@link #STALE_FACTOR} usual gaps (and at least a day),
 *     or, without a known rhythm, for longer than {@link #DEFAULT_QUIET}
 */
public record PostingRhythm(int itemsLast30Days, Duration usualGap, Duration sinceLastItem, boolean stale) {
  /** Gaps needed before the source's own rhythm is trusted. */
  public static final int MIN_GAPS = 3;
  /** How many usual gaps may pass before a source is late. */
  public static final int STALE_FACTOR = 3;
  /** A source with no known rhythm is late after this long without a new item. */
  public static final Duration DEFAULT_QUIET = Duration.ofDays(30);
  /** How far back the times of new items are kept. */
  public static final Duration MEMORY = Duration.ofDays(180);
  /** At most this many times are kept. */
  public static final int MAX_TIMES = 200;

  /** The rhythm of a source whose new items were first seen at {@code times} (oldest first), at {@code now}. */
  public static PostingRhythm of(List<Instant> times, Instant now) {
    int recent = (int) times.stream().filter(t -> !t.isBefore(now.minus(Duration.ofDays(30)))).count();
    List<Instant> postings = times.stream().distinct().sorted().toList();
    Duration since = postings.isEmpty() ? null : Duration.between(postings.get(postings.size() - 1), now);
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < postings.size(); i++) {
      gaps.add(Duration.between(postings.get(i - 1), postings.get(i)));
    }
    Duration usual = null;
    if (gaps.size() >= MIN_GAPS) {
      List<Duration> sorted = gaps.stream().sorted().toList();
      usual = sorted.get((int) Math.ceil(sorted.size() * 0.8) - 1); // ⌈0.8 n⌉ ≤ n
    }
    boolean stale;
    if (since == null) {
      stale = false; // never posted while watched: nothing to compare with
    } else if (usual == null) {
      stale = since.compareTo(DEFAULT_QUIET) > 0;
    } else {
      Duration allowed = usual.multipliedBy(STALE_FACTOR);
      stale = since.compareTo(allowed.compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : allowed) > 0;
    }
    return new PostingRhythm(recent, usual, since, stale);
  }

  /** {@code times} with {@code count} more at {@code at}, the old ones and the surplus dropped. */
  public static List<Instant> remember(List<Instant> times, Instant at, int count) {
    List<Instant> kept = new ArrayList<>(times.stream().filter(t -> !t.isBefore(at.minus(MEMORY))).toList());
    for (int i = 0; i < count; i++) {
      kept.add(at);
    }
    return List.copyOf(kept.size() > MAX_TIMES ? kept.subList(kept.size() - MAX_TIMES, kept.size()) : kept);
  }
}

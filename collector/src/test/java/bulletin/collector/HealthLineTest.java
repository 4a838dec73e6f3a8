package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.common.record.PostingRhythm;
import bulletin.common.record.SourceHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `collector health` puts failing sources first, then stale ones, and says why. */
class HealthLineTest {
  private static final Instant NOW = Instant.parse("2021-03-20T02:00:00Z");

  private static List<Instant> daily(Instant last, int days) {
    List<Instant> times = new ArrayList<>();
    for (int i = days - 1; i >= 0; i--) {
      times = PostingRhythm.remember(times, last.minus(Duration.ofDays(i)), 1);
    }
    return times;
  }

  private static SourceHealth health(String id, boolean ok, List<String> warnings, Instant lastSuccess, int failures,
      List<Instant> times) {
    return new SourceHealth(1, id, NOW.minus(Duration.ofMinutes(5)), ok, false, 3, 3, 3, 0, 0, 0,
        ok ? List.of() : List.of("http://kjj.example/list/: HTTP 503 (after 3 attempts)"), warnings, lastSuccess,
        failures, times);
  }

  @Test
  void failingThenStaleThenWarnedThenWell() {
    SourceHealth well = health("a-well", true, List.of(), NOW, 0, daily(NOW.minus(Duration.ofHours(3)), 10));
    SourceHealth warned = health("b-warned", true, List.of("list.item selector 'li' matched nothing"), NOW, 0,
        daily(NOW.minus(Duration.ofHours(3)), 10));
    SourceHealth stale = health("c-stale", true, List.of(), NOW, 0, daily(NOW.minus(Duration.ofDays(5)), 10));
    SourceHealth failing = health("d-failing", false, List.of(), NOW.minus(Duration.ofDays(3)), 7,
        daily(NOW.minus(Duration.ofDays(3)), 10));

    List<String> order = List.of(well, warned, stale, failing).stream()
        .sorted(Comparator.comparingInt((SourceHealth h) -> HealthLine.rank(h, NOW)).thenComparing(SourceHealth::sourceId))
        .map(SourceHealth::sourceId).toList();
    assertEquals(List.of("d-failing", "c-stale", "b-warned", "a-well"), order);

    assertEquals("FAILING d-failing                polled 5 min ago: 3 listed, 0 new, 0 revised, 0 failed; 7 failed polls "
        + "in a row, last success 3 d ago; 10 items in 30 days, the last 3 d ago (it usually posts within 24 h)",
        HealthLine.of(failing, NOW));
    assertEquals("STALE   c-stale                  polled 5 min ago: 3 listed, 0 new, 0 revised, 0 failed; 10 items in 30 "
        + "days, the last 5 d ago (it usually posts within 24 h)", HealthLine.of(stale, NOW));
  }
}

package bulletin.assembler.stream;

import bulletin.common.ops.Telemetry;
import bulletin.common.record.Draft;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Each issue's draft revision, placed items and set-aside items, as gauges for ops. */
final class DraftMetrics {
  private static final Map<String, AtomicLong[]> BY_ISSUE = new ConcurrentHashMap<>();

  private DraftMetrics() {}

  static Draft record(Draft d) {
    AtomicLong[] g = BY_ISSUE.computeIfAbsent(d.issueId(), issue -> {
      AtomicLong[] gauges = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
      List<Tag> tags = List.of(Tag.of("issue", issue));
      Telemetry.registry().gauge("bulletin.assembler.draft.revision", tags, gauges[0]);
      Telemetry.registry().gauge("bulletin.assembler.draft.items", tags, gauges[1]);
      Telemetry.registry().gauge("bulletin.assembler.draft.set.aside", tags, gauges[2]);
      return gauges;
    });
    g[0].set(d.revision());
    g[1].set(d.itemCount());
    g[2].set(d.setAside().size());
    return d;
  }
}

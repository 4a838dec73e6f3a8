package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * How one poll of a source went, on {@code collector.health} keyed by source id. A broken page
 * becomes one of these, naming what failed and where, instead of an exception.
 *
 * @param problems what went wrong, each naming the URL or selector concerned; empty when healthy
 */
public record SourceHealth(int schema, String sourceId, Instant at, boolean ok, int itemsFound,
    int newItems, int articlesFailed, List<String> problems) {
  public SourceHealth {
    schema = schema == 0 ? 1 : schema;
    require(sourceId, "sourceId");
    requireNonNull(at, "at");
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}

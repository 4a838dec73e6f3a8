package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * How one poll of a source went, on {@code collector.health} keyed by source id. A broken page
 * becomes one of these, naming what failed and where, instead of an exception.
 *
 * @param ok no problems (warnings may still be present)
 * @param listUnchanged every list page answered 304 Not Modified: nothing was listed or fetched
 * @param itemsMatched elements the list.item selector matched on the list pages
 * @param itemsFound entries with a link and a title
 * @param datesParsed entries whose date the list gave
 * @param newItems items emitted for the first time
 * @param revisions items emitted again because their content changed
 * @param articlesFailed articles that could not be fetched or gave no item
 * @param problems what went wrong, each naming the URL or selector concerned
 * @param warnings changes that suggest the site was redesigned (a selector that stopped matching,
 *     dates that stopped parsing), each naming the selector
 * @param lastSuccess the last poll without problems, this one or an earlier one; null if none yet
 * @param consecutiveFailures polls with problems in a row, up to this one (0 when this one is ok)
 * @param newItemTimes when new items were first seen, one entry an item, oldest first, over the last
 *     {@link PostingRhythm#MEMORY}: the source's posting rhythm
 */
public record SourceHealth(int schema, String sourceId, Instant at, boolean ok, boolean listUnchanged,
    int itemsMatched,
    int itemsFound, int datesParsed, int newItems, int revisions, int articlesFailed,
    List<String> problems, List<String> warnings, Instant lastSuccess, int consecutiveFailures,
    List<Instant> newItemTimes) {
  public SourceHealth {
    schema = schema == 0 ? 1 : schema;
    require(sourceId, "sourceId");
    requireNonNull(at, "at");
    problems = problems == null ? List.of() : List.copyOf(problems);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    newItemTimes = newItemTimes == null ? List.of() : List.copyOf(newItemTimes);
  }

  /** The source's posting rhythm as of {@code now}. */
  public PostingRhythm rhythm(Instant now) {
    return PostingRhythm.of(newItemTimes, now);
  }
}

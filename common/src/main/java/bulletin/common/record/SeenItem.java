package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;

/**
 * The collector's memory of one canonical URL, on the compacted {@code collector.state} topic keyed
 * by item id: what it last emitted, so a restarted or moved collector emits nothing twice.
 */
public record SeenItem(int schema, String id, String url, String contentHash, int revision,
    Instant lastSeen) {
  public SeenItem {
    schema = schema == 0 ? 1 : schema;
    require(id, "id");
    require(url, "url");
    contentHash = contentHash == null ? "" : contentHash;
    revision = Math.max(revision, 1);
    requireNonNull(lastSeen, "lastSeen");
  }
}

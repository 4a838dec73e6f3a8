package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.Instant;

/**
 * The collector's memory of one canonical URL, on the compacted {@code collector.state} topic keyed
 * by its id: what it last emitted and the HTTP validators it last got, so a restarted or moved
 * collector emits nothing twice and asks the site only for what changed.
 *
 * @param contentHash hash of the emitted title and text; empty for a list page
 * @param revision the revision last emitted; 0 for a list page
 * @param etag the ETag the site sent, or null
 * @param lastModified the Last-Modified the site sent, or null
 */
public record SeenItem(int schema, String id, String url, String contentHash, int revision,
    Instant lastSeen, String etag, String lastModified) {
  public SeenItem {
    schema = schema == 0 ? 1 : schema;
    require(id, "id");
    require(url, "url");
    contentHash = contentHash == null ? "" : contentHash;
    revision = Math.max(revision, 0);
    requireNonNull(lastSeen, "lastSeen");
  }
}

package bulletin.collector.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A page as it came off the wire.
 *
 * @param url the page's own URL, after any redirects
 * @param notModified the site answered 304 to a conditional request: {@code body} is empty
 * @param contentType the Content-Type header, if any
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record FetchedPage(URI url, boolean notModified, byte[] body, Optional<String> contentType,
    String etag, String lastModified) {}

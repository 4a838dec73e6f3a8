package bulletin.collector.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A page as it came off the wire.
 *
 * @param url the URL asked for (after any redirects, the page's own URL)
 * @param contentType the Content-Type header, if any
 */
public record FetchedPage(URI url, byte[] body, Optional<String> contentType) {}

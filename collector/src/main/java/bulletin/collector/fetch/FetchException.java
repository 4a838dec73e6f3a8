package bulletin.collector.fetch;

import java.net.URI;

/** A page that could not be fetched or decoded; carries the URL and, when there was one, the status. */
public final class FetchException extends Exception {
  private final URI url;
  private final int status;

  public FetchException(URI url, int status, String problem) {
    super(url + ": " + problem);
    this.url = url;
    this.status = status;
  }

  public FetchException(URI url, String problem) {
    this(url, 0, problem);
  }

  public URI url() {
    return url;
  }

  /** The HTTP status, or 0 when no response came. */
  public int status() {
    return status;
  }
}

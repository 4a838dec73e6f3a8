package bulletin.review;

/** A request that cannot be served: the HTTP status, and a sentence for the person who made it. */
public final class BadRequest extends RuntimeException {
  private final int status;

  public BadRequest(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}

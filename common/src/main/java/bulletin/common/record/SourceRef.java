package bulletin.common.record;

import static bulletin.common.record.Checks.require;

/** A source cited by a drafted item. */
public record SourceRef(String name, String url) {
  public SourceRef {
    require(name, "source name");
    require(url, "source url");
  }
}

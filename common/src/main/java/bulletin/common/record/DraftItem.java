package bulletin.common.record;

import static bulletin.common.record.Checks.require;

import java.util.List;

/** One item of a drafted section: a headline and its summary, traced to the items merged into it. */
public record DraftItem(String headline, String body, List<String> itemIds, List<SourceRef> sources,
    double confidence) {
  public DraftItem {
    require(headline, "headline");
    body = body == null ? "" : body;
    itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}

package bulletin.common.record;

import static bulletin.common.record.Checks.require;

import java.util.List;

/**
 * The fingerprint of one report a published issue printed, so that a repost of the same story on
 * another site is recognised later: the MinHash signature of its title and opening (base64 of the
 * big-endian longs) and the dates and figures it states.
 */
public record PrintedReport(String itemId, String signature, List<String> facts) {
  public PrintedReport {
    require(itemId, "itemId");
    require(signature, "signature");
    facts = facts == null ? List.of() : List.copyOf(facts);
  }
}

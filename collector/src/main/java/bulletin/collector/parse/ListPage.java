package bulletin.collector.parse;

import java.util.List;

/**
 * What a list page yielded.
 *
 * @param itemsMatched elements the item selector matched
 * @param withoutLink matched items that had no link, a sign the link selector no longer fits
 * @param withoutDate entries whose date could not be read
 */
public record ListPage(List<ListEntry> entries, int itemsMatched, int withoutLink, int withoutDate) {}

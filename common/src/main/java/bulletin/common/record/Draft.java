package bulletin.common.record;

import static bulletin.common.record.Checks.require;
import static bulletin.common.record.Checks.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The drafted issue: the record on {@code bulletin.drafts}, keyed by {@link #issueId} (2021-01).
 *
 * @param revision grows by one with every change folded in
 * @param considered how many distinct classified items the draft has seen, placed or set aside
 * @param setAside items considered and left out (off-topic, outside the window, over quota)
 * @param comment the reviewer's comment when the draft was sent back, or null
 * @param footer footer fields an editor set for this issue, over the profile's
 * @param approvedRevision the revision a reviewer approved (the content is fixed from submission
 *     on), or 0 before an approval
 * @param approvedBy the reviewer who approved it, or null
 * @param lateArrivals items that arrived after the issue was submitted: not in it, waiting for the
 *     next issue or for an editor to take them in once it is sent back
 * @param printed the fingerprints of the reports a published issue printed (empty before publishing)
 */
public record Draft(
    int schema,
    String issueId,
    int number,
    int year,
    LocalDate date,
    DraftStatus status,
    long revision,
    List<DraftSection> sections,
    int considered,
    List<SetAside> setAside,
    String comment,
    java.util.Map<String, String> footer,
    long approvedRevision,
    String approvedBy,
    List<SetAside> lateArrivals,
    List<PrintedReport> printed) {

  public static final int SCHEMA = 1;
  /**
   * At most this many set-aside items (and late arrivals) are listed in a draft, those over a quota
   * first: the draft stays one small record however many items an issue considers
   * ({@code considered} counts them all).
   */
  public static final int SET_ASIDE_LISTED = 500;

  /** A draft not yet approved, with no late arrivals. */
  public Draft(int schema, String issueId, int number, int year, LocalDate date, DraftStatus status, long revision,
      List<DraftSection> sections, int considered, List<SetAside> setAside, String comment,
      java.util.Map<String, String> footer) {
    this(schema, issueId, number, year, date, status, revision, sections, considered, setAside, comment, footer, 0,
        null, null, null);
  }

  public Draft {
    schema = schema == 0 ? SCHEMA : schema;
    require(issueId, "issueId");
    if (number < 1) {
      throw new IllegalArgumentException("issue number " + number + " is not positive");
    }
    requireNonNull(date, "date");
    status = status == null ? DraftStatus.DRAFTING : status;
    sections = sections == null ? List.of() : List.copyOf(sections);
    setAside = setAside == null ? List.of() : List.copyOf(setAside);
    footer = footer == null ? java.util.Map.of() : java.util.Map.copyOf(footer);
    lateArrivals = lateArrivals == null ? List.of() : List.copyOf(lateArrivals);
    printed = printed == null ? List.of() : List.copyOf(printed);
  }

  /** The issue id for a number in a year: {@code 2021-01}. */
  public static String issueId(int year, int number) {
    return String.format("%d-%02d", year, number);
  }

  /** How many items the draft places in its sections. */
  public int itemCount() {
    return sections.stream().mapToInt(s -> s.items().size()).sum();
  }
}

package bulletin.collector.suggest;

import bulletin.collector.source.SourceDefinition.ListSelectors;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One list suggest found: the column's name, its score and why, the selectors that read it, the
 * guessed definition and its items as the page shows them.
 */
public record Candidate(ColumnName column, double score, List<String> reasons, ListSelectors selectors,
    SourceGuess guess, URI listUrl, List<Item> items) {

  /** An item: its headline, its article, and its date as the page shows it and as read. */
  public record Item(String title, URI url, Optional<String> shownDate, Optional<LocalDate> date) {}

  /** Whether the score reaches {@link ListRanking#THRESHOLD}. */
  public boolean suggested() {
    return score >= ListRanking.THRESHOLD;
  }

  /** The column's name as the page shows it, or "(unnamed)". */
  public String name() {
    return column.isKnown() ? column.text() : "(unnamed)";
  }

  /** The definition of this list as YAML, the guesses marked. */
  public String yaml() {
    return SourceYaml.of(this);
  }
}

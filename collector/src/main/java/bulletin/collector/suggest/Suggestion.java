package bulletin.collector.suggest;

import java.net.URI;
import java.util.List;

/**
 * What suggest found on a page: its lists, best first (those below {@link #threshold()} too, last),
 * the feeds it links to, its pagination, its CMS family, the lists scripts fill in, and whether the
 * page reads as an article.
 */
public record Suggestion(URI page, List<Candidate> candidates, List<String> feeds, List<String> pagination,
    List<String> cms, List<String> scriptLists, String articlePage) {

  /** The score a list needs to be suggested. */
  public static double threshold() {
    return ListRanking.THRESHOLD;
  }

  /** The lists at or above the threshold, best first. */
  public List<Candidate> suggested() {
    return candidates.stream().filter(Candidate::suggested).toList();
  }
}

package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.assembler.issue.IssueState;
import bulletin.common.record.DraftStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A story's edits from the edits of its reports: the latest wins, and of edits with one stamp, the first report's. */
class StoryEditsTest {
  /** A state saved before edits were stamped: every edit's stamp is 0. */
  private static IssueState unstamped(Set<String> drops, Map<String, String> moves, Map<String, IssueState.Rewrite> rewrites,
      Map<String, Integer> positions) {
    return new IssueState(null, moves, drops, rewrites, null, positions, null, DraftStatus.DRAFTING, null, 5, 0, 0, null,
        null, null);
  }

  @Test
  void ofEditsWithTheSameStampTheFirstReportsHolds() {
    IssueState state = unstamped(Set.of("a"), Map.of("b", "科技合作"),
        Map.of("a", new IssueState.Rewrite("甲", null), "b", new IssueState.Rewrite("乙", null)), Map.of("a", 2, "b", 0));
    assertEquals(new StoryEdits(true, null, new IssueState.Rewrite("甲", null), 2), StoryEdits.of(List.of("a", "b"), state));
    assertEquals(new StoryEdits(false, "科技合作", new IssueState.Rewrite("乙", null), 0), StoryEdits.of(List.of("b", "a"), state));
  }

  @Test
  void aStoryWithoutEditsHasNone() {
    assertEquals(new StoryEdits(false, null, null, null), StoryEdits.of(List.of("x"), IssueState.empty()));
  }
}

package bulletin.common.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdicts on edits, an edit's identity, a printed report's fields, and a source's rhythm from its health. */
class EditRecordsTest {
  private static final Instant AT = Instant.parse("2021-03-20T08:00:00Z");
  private static final Edit MOVE = Edit.move("2021-01", "编辑甲", AT, "item-1", "科技政策");

  @Test
  void anAppliedEditsVerdictCarriesTheEditAndTheRevision() {
    EditResult r = EditResult.applied(MOVE.identified("e-1", 4L), 5, AT.plusSeconds(1));
    assertEquals(new EditResult(EditResult.SCHEMA, "e-1", "2021-01", EditAction.MOVE, "编辑甲", AT.plusSeconds(1),
        true, 5, null), r);
  }

  @Test
  void aRefusedEditsVerdictNeedsItsReason() {
    Edit e = MOVE.identified("e-2", 3L);
    EditResult r = EditResult.refused(e, 5, "稿件已提交审核", AT);
    assertFalse(r.applied());
    assertEquals("稿件已提交审核", r.reason());
    assertEquals("e-2", r.editId());
    var missing = assertThrows(IllegalArgumentException.class, () -> EditResult.refused(e, 5, " ", AT));
    assertEquals("the reason of a refused edit is missing", missing.getMessage());
    assertNull(EditResult.applied(e, 5, AT).reason(), "an applied edit needs none");
  }

  @Test
  void aVerdictWithoutSchemaIsOfTheCurrentOne() {
    assertEquals(EditResult.SCHEMA, new EditResult(0, "e", "2021-01", EditAction.DROP, "a", AT, true, 1, null).schema());
    assertEquals(7, new EditResult(7, "e", "2021-01", EditAction.DROP, "a", AT, true, 1, null).schema());
  }

  @Test
  void anIdentifiedEditKeepsEverythingAndAddsItsIdAndTheRevisionSeen() {
    Edit e = MOVE.identified("e-3", 9L);
    assertEquals("e-3", e.id());
    assertEquals(9L, e.revision());
    assertEquals(MOVE.issueId(), e.issueId());
    assertEquals(MOVE.by(), e.by());
    assertEquals(MOVE.at(), e.at());
    assertEquals(MOVE.action(), e.action());
    assertEquals(MOVE.itemId(), e.itemId());
    assertEquals(MOVE.section(), e.section());
  }

  @Test
  void aPrintedReportNamesItsItemAndSignature() {
    assertEquals(List.of(), new PrintedReport("a", "AAAA", null).facts());
    assertEquals("itemId is missing", assertThrows(IllegalArgumentException.class,
        () -> new PrintedReport(" ", "AAAA", List.of())).getMessage());
    assertEquals("signature is missing", assertThrows(IllegalArgumentException.class,
        () -> new PrintedReport("a", null, List.of())).getMessage());
  }

  @Test
  void aSourcesHealthGivesTheRhythmOfTheItemsItFirstSaw() {
    List<Instant> times = List.of(AT, AT.plus(Duration.ofDays(1)), AT.plus(Duration.ofDays(2)), AT.plus(Duration.ofDays(3)));
    SourceHealth h = new SourceHealth(1, "most", AT, true, false, 1, 1, 1, 1, 0, 0, List.of(), List.of(), AT, 0, times);
    Instant now = AT.plus(Duration.ofDays(7));
    assertEquals(PostingRhythm.of(times, now), h.rhythm(now));
    assertTrue(h.rhythm(now).stale(), "four quiet days after a daily rhythm");
  }
}

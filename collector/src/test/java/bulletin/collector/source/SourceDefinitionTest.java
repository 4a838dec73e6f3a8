package bulletin.collector.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.source.SourceDefinition.ListSelectors;
import bulletin.common.record.SourceLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a source definition accepts at the edges of its checks, and the defaults it fills in. */
class SourceDefinitionTest {
  private static SourceDefinition define(Integer listPages, String pageUrl, String nextPage, String datePattern,
      String sectionHint) {
    return new SourceDefinition("nmg-kjdt", "自治区科技厅", SourceLevel.REGIONAL, sectionHint, null,
        List.of("http://kjt.nmg.gov.cn/kjdt/"), listPages, pageUrl, nextPage, new ListSelectors("ul li", null, null, null),
        null, datePattern, null, null, null, null);
  }

  @Test
  void listPagesFromOneToFiftyAreAccepted() {
    assertEquals(1, define(1, null, null, null, null).listPages());
    assertEquals(50, define(50, "index_{n}.html", null, null, null).listPages());
    assertEquals(1, define(null, null, null, null, null).listPages(), "the default");
  }

  @Test
  void listPagesOutsideOneToFiftyAreRejected() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> define(0, null, null, null, null)).getMessage()
        .contains("listPages 0 is not between 1 and 50"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> define(51, "index_{n}.html", null, null, null))
        .getMessage().contains("listPages 51"));
  }

  @Test
  void moreThanOneListPageNeedsAPageUrlOrANextPageThatIsNotBlank() {
    assertThrows(IllegalArgumentException.class, () -> define(2, null, " ", null, null));
    assertThrows(IllegalArgumentException.class, () -> define(2, null, null, null, null));
    assertEquals(2, define(2, null, "a.next", null, null).listPages());
    assertEquals(2, define(2, "index_{n}.html", null, null, null).listPages());
    assertEquals(1, define(1, null, " ", null, null).listPages(), "one page needs neither");
  }

  @Test
  void aBlankDatePatternIsNoPatternAndABadOneIsRejected() {
    assertEquals(" ", define(1, null, null, " ", null).datePattern());
    assertEquals("yyyy-MM-dd", define(1, null, null, "yyyy-MM-dd", null).datePattern());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> define(1, null, null, "yyyy-{MM", null))
        .getMessage().startsWith("datePattern 'yyyy-{MM' is not a date pattern"));
  }

  @Test
  void aBlankSectionHintIsNoneAndAnotherIsStripped() {
    assertNull(define(1, null, null, null, " ").sectionHint());
    assertNull(define(1, null, null, null, null).sectionHint());
    assertEquals("科技兴蒙", define(1, null, null, null, " 科技兴蒙 ").sectionHint());
  }
}

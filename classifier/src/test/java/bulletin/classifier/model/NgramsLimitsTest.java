package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The n-grams of texts at the limits: the text's cut, long titles, characters beyond the BMP, spaces. */
class NgramsLimitsTest {
  private static Map<String, Integer> counts(Ngrams.Bag bag) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < bag.size(); i++) {
      counts.put(bag.text(i), bag.counts()[i]);
    }
    return counts;
  }

  @Test
  void onlyTheFirst400CharactersOfTheTextAreRead() {
    String text = "，".repeat(Ngrams.TEXT_CHARS - 2) + "科技部";
    assertEquals(Map.of("科技", 1), counts(Ngrams.of("", text)), "部 is character 401");
    assertEquals(Map.of("科技", 1, "技部", 1, "科技部", 1), counts(Ngrams.of("", text.substring(1))));
  }

  @Test
  void aLongTitleOfDistinctCharactersGivesEachBigramAndTrigramThrice() throws Exception {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      title.appendCodePoint(0x4E00 + i);
    }
    // on a thread of its own, whose scratch space starts small and must grow past 1,024 n-grams
    Ngrams.Bag[] counted = new Ngrams.Bag[1];
    Thread t = new Thread(() -> counted[0] = Ngrams.of(title.toString(), ""));
    t.start();
    t.join();
    Ngrams.Bag bag = counted[0];
    assertEquals(599 + 598, bag.size());
    assertEquals(3 * (599 + 598), bag.total());
    assertEquals(3, counts(bag).get(new String(Character.toChars(0x4E00 + 598)) + new String(Character.toChars(0x4E00 + 599))));
  }

  @Test
  void charactersBeyondTheBasicPlaneAreOneCharacterEach() {
    assertEquals(Map.of("𠀋科", 3, "科技", 3, "𠀋科技", 3), counts(Ngrams.of("𠀋科技", "")));
  }

  @Test
  void spacesAndPunctuationBreakNgramsAndEachItemIsCountedAfresh() {
    assertEquals(Map.of(), counts(Ngrams.of("科 技", "")));
    assertEquals(Map.of("G网", 1), counts(Ngrams.of("", "5G网")), "an n-gram with a digit in it is left out");
    assertEquals(Map.of("年科", 3, "科技", 3, "年科技", 3), counts(Ngrams.of("2021年科技", "")));
    assertEquals(Map.of("科技", 3), counts(Ngrams.of("科技", "")));
    assertEquals(Map.of("科技", 3), counts(Ngrams.of("科技", "")), "nothing of the item before is left");
  }

  @Test
  void onlyTwoAndThreeCharactersPack() {
    var e = assertThrows(IllegalArgumentException.class, () -> Ngrams.pack("科技部门"));
    assertEquals("'科技部门' is not an n-gram of 2 or 3 characters", e.getMessage());
    assertEquals("技部", Ngrams.unpack(Ngrams.pack("技部")));
  }
}

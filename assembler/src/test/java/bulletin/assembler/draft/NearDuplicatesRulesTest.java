package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The story rule at each of its thresholds, the facts a text states, and what the signature reads. */
class NearDuplicatesRulesTest {
  /** {@code common} facts both state, then {@code onlyA} that only the first does. */
  private static Set<String> facts(int common, int onlyA, String prefix) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < common; i++) {
      out.add("c" + i);
    }
    for (int i = 0; i < onlyA; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  @Test
  void relatedTextsAreOneStoryOnlyWithTheSameFacts() {
    // 7 of 10 facts shared: exactly SAME_FACTS
    Set<String> a = facts(7, 3, "a");
    Set<String> b = facts(7, 0, "b");
    assertTrue(NearDuplicates.sameStory(NearDuplicates.RELATED_TEXT, a, b));
    assertFalse(NearDuplicates.sameStory(0.2199, a, b), "below every rule");
    assertFalse(NearDuplicates.sameStory(NearDuplicates.RELATED_TEXT, facts(6, 4, "a"), facts(6, 0, "b")), "6 of 10");
    // one of two shared: an overlap of ½, not 2
    assertFalse(NearDuplicates.sameStory(0.3, facts(1, 1, "a"), facts(1, 0, "b")));
    assertFalse(NearDuplicates.sameStory(0.3, Set.of(), Set.of()), "no facts are not the same facts");
  }

  @Test
  void alikeTextsAreOneStoryUnlessBothStateFactsThatDisagree() {
    double alike = NearDuplicates.ALIKE_TEXT;
    assertTrue(NearDuplicates.sameStory(alike, facts(3, 7, "a"), facts(3, 0, "b")), "3 of 10: exactly FACTS_AGREE");
    assertFalse(NearDuplicates.sameStory(alike, facts(2, 8, "a"), facts(2, 0, "b")), "2 of 10 disagree");
    assertTrue(NearDuplicates.sameStory(alike, Set.of(), Set.of("17")), "a repost that leaves the figures out");
    assertTrue(NearDuplicates.sameStory(alike, Set.of("17"), Set.of()));
    assertTrue(NearDuplicates.sameStory(alike, Set.of(), Set.of()));
    assertFalse(NearDuplicates.sameStory(0.4499, Set.of(), Set.of()));
  }

  @Test
  void nearlyTheSameTextIsOneStoryWhateverTheFacts() {
    Set<String> a = Set.of("3-17", "535");
    Set<String> b = Set.of("3-18", "536");
    assertTrue(NearDuplicates.sameStory(NearDuplicates.SAME_TEXT, a, b));
    assertFalse(NearDuplicates.sameStory(0.7499, a, b));
  }

  @Test
  void factsAreDatesAndFiguresButNotYearsOrSingleDigits() {
    assertEquals(Set.of("3-17", "12", "1.7", "2040", "535"),
        NearDuplicates.facts("3月17日，5个项目投资12亿元，增长1.7%，2021年起到2040年，共535家"));
    assertEquals(Set.of(), NearDuplicates.facts("2021年第3季度"));
  }

  @Test
  void similarityIsTheShareOfEqualSlots() {
    long[] a = new long[NearDuplicates.HASHES];
    long[] b = new long[NearDuplicates.HASHES];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
      b[i] = i < 63 ? i : -i;
    }
    assertEquals(63 / (double) NearDuplicates.HASHES, NearDuplicates.similarity(a, b), 1e-12);
    assertEquals(1.0, NearDuplicates.similarity(a, a.clone()), 0);
  }

  @Test
  void theSignatureReadsEveryShingleOfTitleAndOpeningAndNothingElse() {
    long[] one = NearDuplicates.signature("甲乙丙丁", "");
    assertArrayEquals(one, NearDuplicates.signature("甲乙丙", "丁"), "title and text read as one, punctuation aside");
    assertArrayEquals(one, NearDuplicates.signature("甲乙丙丁", "，。"));
    long[] other = NearDuplicates.signature("甲乙丙戊", "");
    double s = NearDuplicates.similarity(one, other);
    assertTrue(s < 0.9, "the last shingle counts: " + s);
    String opening = "科".repeat(NearDuplicates.TEXT_CHARS);
    assertArrayEquals(NearDuplicates.signature("t", opening + "甲乙丙"), NearDuplicates.signature("t", opening + "丁戊己"),
        "the text past its opening is not read");
    assertFalse(java.util.Arrays.equals(NearDuplicates.signature("t", opening.substring(1) + "甲"),
        NearDuplicates.signature("t", opening.substring(1) + "乙")), "its last character is");
  }

  @Test
  void twoItemsOfOneShingleEachShareNoSlot() {
    assertEquals(0, NearDuplicates.similarity(NearDuplicates.signature("甲乙丙", ""), NearDuplicates.signature("丁戊己", "")), 0);
  }

  @Test
  void unrelatedTextsHaveLittleInCommon() {
    double s = NearDuplicates.similarity(
        NearDuplicates.signature("自治区科技厅召开党组会议", "会议传达学习全国科技工作会议精神。"),
        NearDuplicates.signature("鄂尔多斯市道路养护通告", "因施工需要，部分路段封闭。"));
    assertTrue(s < 0.1, "similarity " + s);
  }

  @Test
  void aShingleIsHashedAsTheSignatureHashesIt() {
    // the common shingles (科技局, 的通知…) are known by this hash
    assertTrue(CommonShingles.contains(NearDuplicates.shingleHash("科技局")));
    assertTrue(CommonShingles.contains(NearDuplicates.shingleHash("的通知")));
    assertFalse(CommonShingles.contains(NearDuplicates.shingleHash("甲乙丙")));
  }

  @Test
  void everyListedShingleIsCommonTheLowestHashToo() throws Exception {
    long lowest = Long.MAX_VALUE;
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        getClass().getResourceAsStream("/common-shingles.txt"), java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          assertTrue(CommonShingles.contains(NearDuplicates.shingleHash(line)), line);
          lowest = Math.min(lowest, NearDuplicates.shingleHash(line));
        }
      }
    }
    assertTrue(CommonShingles.contains(lowest), "the first of the sorted hashes");
    assertEquals(31 * (31 * (31 * 1125899906842597L + '甲') + '乙') + '丙', NearDuplicates.shingleHash("甲乙丙"));
  }
}

package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index's table of band keys, with fingerprints made by hand: reports with one signature are
 * the same story, and the bands say which reports are compared at all.
 */
class StoryIndexBandsTest {
  private static final long[] ONE = signature(1);
  private static final long[] TWO = signature(2);

  /** A signature no other {@code n} has a slot of. */
  private static long[] signature(long n) {
    long[] s = new long[NearDuplicates.HASHES];
    for (int i = 0; i < s.length; i++) {
      s[i] = n * 1_000_000 + i;
    }
    return s;
  }

  private static NearDuplicates.Fingerprint print(long[] signature, int... bands) {
    return new NearDuplicates.Fingerprint(signature, Set.of(), bands);
  }

  private static long[] distinct(int i) {
    return signature(100 + i);
  }

  @Test
  void reportsOfOneStorySharingNoBandAreNotCompared() {
    StoryIndex<String> index = new StoryIndex<>();
    index.add("a", print(ONE, 1));
    index.add("b", print(ONE, 2));
    assertEquals(List.of(List.of("a"), List.of("b")), index.stories());
  }

  @Test
  void reportsSharingABandAreComparedAndJoinedOnlyWhenTheyAreOneStory() {
    StoryIndex<String> index = new StoryIndex<>();
    index.add("a", print(ONE, 1, 2));
    index.add("b", print(TWO, 2, 3));
    index.add("c", print(ONE, 9, 2));
    index.add("d", print(TWO, 3));
    assertEquals(List.of(List.of("a", "c"), List.of("b", "d")), index.stories());
  }

  @Test
  void keysOfOneSlotAreKeptApart() {
    StoryIndex<String> index = new StoryIndex<>();
    index.add("a", print(ONE, 5));
    index.add("b", print(ONE, 5 + 1024)); // the same slot of a table of 1,024, another key
    index.add("c", print(ONE, 5 + 1024));
    index.add("d", print(ONE, 5 + 2048));
    index.add("e", print(ONE, 5));
    assertEquals(List.of(List.of("a", "e"), List.of("b", "c"), List.of("d")), index.stories());
  }

  @Test
  void keysAndEntriesAreFoundAgainAfterTheTablesGrow() {
    StoryIndex<String> index = new StoryIndex<>();
    index.add("a", print(ONE, 3));
    index.add("b", print(TWO, 3 + 1024));
    for (int i = 0; i < 700; i++) { // 1,400 keys and entries: both tables grow
      index.add("filler" + i, print(distinct(i), 10_000 + 2 * i, 10_001 + 2 * i));
    }
    index.add("c", print(ONE, 3));
    index.add("d", print(TWO, 3 + 1024));
    index.add("e", print(ONE, 3 + 1024)); // shares a band only with reports of the other story
    index.add("f", print(distinct(0), 10_001));
    index.add("g", print(distinct(699), 10_000 + 2 * 699));

    List<List<String>> stories = index.stories();
    assertEquals(703, stories.size());
    assertEquals(List.of("a", "c"), stories.get(0));
    assertEquals(List.of("b", "d"), stories.get(1));
    assertEquals(List.of("filler0", "f"), stories.get(2));
    assertEquals(List.of("filler699", "g"), stories.get(701));
    assertEquals(List.of("e"), stories.get(702));
  }

  @Test
  void aReportAddedTwiceIsHeldOnce() {
    StoryIndex<String> index = new StoryIndex<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) { // past the first 16 places
      keys.add("r" + i);
      index.add("r" + i, print(distinct(i), i));
    }
    index.add("r3", print(ONE, 3));
    assertEquals(keys.stream().map(List::of).toList(), index.stories());
  }
}

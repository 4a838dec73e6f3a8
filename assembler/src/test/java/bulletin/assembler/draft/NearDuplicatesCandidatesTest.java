package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * How the story detector finds the reports to compare: the signature of the uncommon shingles, and
 * the keys of its bands.
 */
class NearDuplicatesCandidatesTest {
  private static final long COMMON_A = NearDuplicates.shingleHash("科技局");
  private static final long COMMON_B = NearDuplicates.shingleHash("自治区");
  private static final long[] UNCOMMON = {NearDuplicates.shingleHash("鼐鼑鼒"), NearDuplicates.shingleHash("鼓鼔鼕"),
      NearDuplicates.shingleHash("鼖鼗鼘")};

  private static long[] with(long[] a, long... more) {
    long[] out = Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, out, a.length, more.length);
    return out;
  }

  @Test
  void theShinglesUsedHereAreCommonAndUncommonAsIntended() {
    assertTrue(CommonShingles.contains(COMMON_A) && CommonShingles.contains(COMMON_B));
    assertTrue(Arrays.stream(UNCOMMON).noneMatch(CommonShingles::contains));
  }

  @Test
  void theCandidateSignatureLeavesTheCommonShinglesOut() {
    long[][] mixed = NearDuplicates.minHashes(with(UNCOMMON, COMMON_A, COMMON_B));
    long[][] plain = NearDuplicates.minHashes(UNCOMMON);
    assertArrayEquals(plain[0], mixed[1], "the uncommon shingles' signature");
    assertArrayEquals(plain[0], plain[1], "without common shingles, both signatures are one");
    assertNotEquals(Arrays.toString(plain[0]), Arrays.toString(mixed[0]), "the similarity's signature counts them");
    long[][] common = NearDuplicates.minHashes(new long[] {COMMON_A, COMMON_B});
    assertArrayEquals(common[0], common[1], "an item of common shingles only is looked up by all of them");
  }

  @Test
  void eachSlotIsTheLeastOfItsShinglesHashes() {
    long[] all = NearDuplicates.minHashes(UNCOMMON)[0];
    assertEquals(NearDuplicates.HASHES, all.length);
    for (int j = 0; j < all.length; j++) {
      long least = Long.MAX_VALUE;
      for (long h : UNCOMMON) {
        least = Math.min(least, NearDuplicates.minHashes(new long[] {h})[0][j]);
      }
      assertEquals(least, all[j], "slot " + j);
    }
    long[] reversed = NearDuplicates.minHashes(new long[] {UNCOMMON[2], UNCOMMON[1], UNCOMMON[0]})[0];
    assertArrayEquals(all, reversed, "the order of the shingles does not matter");
    long[] one = NearDuplicates.minHashes(new long[] {UNCOMMON[0]})[0];
    long[] other = NearDuplicates.minHashes(new long[] {UNCOMMON[1]})[0];
    assertEquals(0, NearDuplicates.similarity(one, other), 1e-12, "one shingle each, different: no slot alike");
  }

  @Test
  void aBandsKeyChangesWithItsOwnRowsOnly() {
    long[] signature = NearDuplicates.minHashes(UNCOMMON)[0];
    int[] keys = NearDuplicates.bandKeys(signature);
    assertEquals(NearDuplicates.BANDS, keys.length);
    int rows = NearDuplicates.HASHES / NearDuplicates.BANDS;
    for (int slot : new int[] {0, 1, 2, 77, NearDuplicates.HASHES - 1}) {
      long[] changed = signature.clone();
      changed[slot]++;
      int[] changedKeys = NearDuplicates.bandKeys(changed);
      for (int b = 0; b < keys.length; b++) {
        if (b == slot / rows) {
          assertNotEquals(keys[b], changedKeys[b], "slot " + slot + " is a row of band " + b);
        } else {
          assertEquals(keys[b], changedKeys[b], "slot " + slot + " is not a row of band " + b);
        }
      }
    }
  }

  @Test
  void equalRowsInTwoBandsGiveTwoKeysAndTheirOrderCounts() {
    long[] signature = new long[NearDuplicates.HASHES]; // every row 0
    int[] keys = NearDuplicates.bandKeys(signature);
    assertEquals(NearDuplicates.BANDS, Arrays.stream(keys).distinct().count(), "each band hashed with its number");
    long[] swapped = signature.clone();
    swapped[0] = 1; // band 0's rows (1, 0) against (0, 1)
    long[] other = signature.clone();
    other[1] = 1;
    assertNotEquals(NearDuplicates.bandKeys(swapped)[0], NearDuplicates.bandKeys(other)[0]);
  }
}

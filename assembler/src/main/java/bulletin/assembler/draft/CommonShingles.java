package bulletin.assembler.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The character 3-shingles that many items share whatever their news (科技局, 的通知, 高质量,
 * 自治区…): those in at least 1 % of the corpus's items ({@code common-shingles.txt}). Two
 * unrelated items of one section share many of them, so the story detector leaves them out when it
 * looks for the items to compare a new one with; it still counts them in the text similarity.
 */
final class CommonShingles {
  private static final long[] HASHES = load();

  private CommonShingles() {}

  /** Whether the shingle with this hash is common. */
  static boolean contains(long shingleHash) {
    return Arrays.binarySearch(HASHES, shingleHash) >= 0;
  }

  private static long[] load() {
    try (var in = new BufferedReader(new InputStreamReader(
        CommonShingles.class.getResourceAsStream("/common-shingles.txt"), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .mapToLong(NearDuplicates::shingleHash).sorted().distinct().toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

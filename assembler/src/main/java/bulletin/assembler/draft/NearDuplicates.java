package bulletin.assembler.draft;

import java.util.List;
import java.util.function.Function;

/**
 * Finds the same news reposted by several sites. The text similarity is a MinHash estimate of the
 * Jaccard similarity of character 3-shingles of the title and the opening of the text; the facts
 * are the dates (3月17日) and figures (535, 1.7) the text states, years and single digits aside.
 * Two items are one story when their texts are nearly the same, or fairly alike with facts that
 * do not disagree, or somewhat alike with the same facts: reposts rewrite the wording but keep the
 * date and the numbers, while look-alike news (another county's 调度会) differ in them. The
 * thresholds were measured on labelled pairs ({@code near-duplicates.jsonl}; docs/benchmarks.md).
 * Locality-sensitive hashing finds the candidate pairs without comparing every pair: a second
 * signature, of the shingles that are not common ({@link CommonShingles}: boilerplate and common
 * phrases, which unrelated items share), is cut into bands, and items sharing a band are compared.
 */
public final class NearDuplicates {
  /** Texts this similar are one story whatever their facts. */
  static final double SAME_TEXT = 0.75;
  /** Texts this similar are one story unless both state facts and these overlap less than {@link #FACTS_AGREE}. */
  static final double ALIKE_TEXT = 0.45;
  static final double FACTS_AGREE = 0.3;
  /** Texts this similar are one story when they state the same facts (overlap at least {@link #SAME_FACTS}). */
  static final double RELATED_TEXT = 0.22;
  static final double SAME_FACTS = 0.7;

  static final int SHINGLE = 3;
  static final int HASHES = 126;
  static final int BANDS = 63;
  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("(\\d{1,2})月(\\d{1,2})日");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");
  /** A year (2000 to 2039): not a fact that tells two reports apart. */
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("20[0-3]\\d");
  static final int TEXT_CHARS = 300;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(x);
    }
  }

  private NearDuplicates() {}

  /** The MinHash signature of an item's title and text. */
  public static long[] signature(String title, String text) {
    return minHashes(shingles(title, text))[0];
  }

  /** The hashes of the character 3-shingles of the title and the opening of the text, letters and digits only. */
  private static long[] shingles(String title, String text) {
    int[] cps = (title + "。" + (text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text))
        .codePoints().filter(Character::isLetterOrDigit).toArray();
    long[] out = new long[Math.max(cps.length - SHINGLE + 1, 1)];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < Math.min(i + SHINGLE, cps.length); k++) {
        h = 31 * h + cps[k];
      }
      out[i] = h;
    }
    return out;
  }

  /**
   * Two MinHash signatures in one pass: of all the shingles (for the similarity) and of the
   * uncommon ones (for finding candidates; of all when every shingle is common).
   */
  static long[][] minHashes(long[] shingles) {
    long[] all = new long[HASHES];
    long[] uncommon = new long[HASHES];
    java.util.Arrays.fill(all, Long.MAX_VALUE);
    java.util.Arrays.fill(uncommon, Long.MAX_VALUE);
    boolean anyUncommon = false;
    for (long h : shingles) {
      boolean common = CommonShingles.contains(h);
      anyUncommon |= !common;
      for (int j = 0; j < HASHES; j++) {
        long v = mix(h ^ SEEDS[j]);
        if (v < all[j]) {
          all[j] = v;
        }
        if (!common && v < uncommon[j]) {
          uncommon[j] = v;
        }
      }
    }
    return new long[][] {all, anyUncommon ? uncommon : all};
  }

  /** The shingle hash of a string of letters and digits, as {@link #shingles} makes it. */
  static long shingleHash(String shingle) {
    long h = 1125899906842597L;
    for (int cp : shingle.codePoints().toArray()) {
      h = 31 * h + cp;
    }
    return h;
  }

  /** The keys of the bands of a signature, each band's rows hashed with the band's number. */
  static int[] bandKeys(long[] signature) {
    int rows = HASHES / BANDS;
    int[] keys = new int[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = SEEDS[b];
      for (int r = 0; r < rows; r++) {
        key = key * 31 + signature[b * rows + r];
      }
      keys[b] = (int) mix(key);
    }
    return keys;
  }

  /** The share of equal signature slots: an estimate of the Jaccard similarity of the shingle sets. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** The dates and figures a text states: 3-17 for 3月17日, and numbers other than years and single digits. */
  static java.util.Set<String> facts(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    var dates = DATE.matcher(text);
    while (dates.find()) {
      out.add(dates.group(1) + "-" + dates.group(2));
    }
    var numbers = NUMBER.matcher(DATE.matcher(text).replaceAll(" "));
    while (numbers.find()) {
      String n = numbers.group();
      if (n.length() > 1 && !YEAR.matcher(n).matches()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Whether two items with these text similarity and facts are one story. */
  static boolean sameStory(double similarity, java.util.Set<String> factsA, java.util.Set<String> factsB) {
    if (similarity < RELATED_TEXT) {
      return false; // below every rule; most candidate pairs of a large issue end here
    }
    java.util.Set<String> union = new java.util.HashSet<>(factsA);
    union.addAll(factsB);
    double factOverlap = union.isEmpty() ? -1 : factsA.stream().filter(factsB::contains).count() / (double) union.size();
    // A repost may leave the date or the figures out; only stated facts that differ count against it.
    boolean factsDisagree = !factsA.isEmpty() && !factsB.isEmpty() && factOverlap < FACTS_AGREE;
    return similarity >= SAME_TEXT
        || similarity >= ALIKE_TEXT && !factsDisagree
        || similarity >= RELATED_TEXT && factOverlap >= SAME_FACTS;
  }

  /** Whether two items are one story. */
  public static boolean sameStory(String titleA, String textA, String titleB, String textB) {
    Fingerprint a = Fingerprint.of(titleA, textA);
    Fingerprint b = Fingerprint.of(titleB, textB);
    return sameStory(similarity(a.signature(), b.signature()), a.facts(), b.facts());
  }

  /**
   * What the story detector compares of an item: its MinHash signature and the facts it states; and
   * the keys of its bands without the common shingles, by which it finds the items to compare it
   * with (none for a report a published issue printed, which is compared but not looked up).
   */
  public record Fingerprint(long[] signature, java.util.Set<String> facts, int[] bands) {
    public static Fingerprint of(String title, String text) {
      long[][] minHashes = minHashes(shingles(title, text));
      return new Fingerprint(minHashes[0], NearDuplicates.facts(title + "。" + text), bandKeys(minHashes[1]));
    }

    /** The fingerprint a published issue stored of a report it printed. */
    public static Fingerprint of(bulletin.common.record.PrintedReport printed) {
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(printed.signature()));
      long[] sig = new long[bytes.remaining() / Long.BYTES];
      for (int i = 0; i < sig.length; i++) {
        sig[i] = bytes.getLong();
      }
      return new Fingerprint(sig, new java.util.HashSet<>(printed.facts()), new int[0]);
    }

    /** This fingerprint as a published issue stores it, for the report {@code itemId}. */
    public bulletin.common.record.PrintedReport printed(String itemId) {
      java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(signature.length * Long.BYTES);
      for (long v : signature) {
        bytes.putLong(v);
      }
      return new bulletin.common.record.PrintedReport(itemId,
          java.util.Base64.getEncoder().encodeToString(bytes.array()), new java.util.TreeSet<>(facts).stream().toList());
    }

    /** Whether this report and {@code other} tell one story. */
    public boolean sameStory(Fingerprint other) {
      return signature.length == other.signature.length
          && NearDuplicates.sameStory(similarity(signature, other.signature), facts, other.facts);
    }
  }

  /**
   * Groups {@code items} into stories, each in input order; items alone form stories of one. Items
   * sharing a band of their signatures without the common shingles are compared, and joined when
   * {@link #sameStory} says so.
   */
  public static <T> List<List<T>> clusters(List<T> items, Function<T, String> titleOf, Function<T, String> textOf) {
    return clusters(items, item -> Fingerprint.of(titleOf.apply(item), textOf.apply(item)));
  }

  /** As {@link #clusters(List, Function, Function)}, with fingerprints made (or remembered) by {@code fingerprintOf}. */
  public static <T> List<List<T>> clusters(List<T> items, Function<T, Fingerprint> fingerprintOf) {
    StoryIndex<T> stories = new StoryIndex<>();
    for (T item : items) {
      stories.add(item, fingerprintOf.apply(item));
    }
    return stories.stories();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}

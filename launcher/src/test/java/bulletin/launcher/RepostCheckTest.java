package bulletin.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.draft.NearDuplicates;
import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Labelled;
import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The story detector, look-ups and all, on an issue made of the bench's items: 6,000 announcements
 * that read like the corpus n-gram for n-gram (so every two share common phrases), 300 of them
 * reposted with edits (100 nearly identical, 100 edited, 100 rewritten), and 100 look-alikes that
 * take an original's title over another item's text and date. Labelled by construction: a repost is
 * the same news as its original, and any other two items are not. The figures are in
 * docs/benchmarks.md.
 */
class RepostCheckTest {
  static final int ITEMS = 6_000;
  static final int REPOSTED = 300;
  static final int LOOK_ALIKES = 100;
  static final List<String> KINDS = List.of("nearly identical", "edited", "rewritten");

  record Report(String title, String text, int news, String kind) {}

  @Test
  void repostsAmongLookAlikesAreMergedAndOnlyThey() {
    List<LabelledExample> corpus = Corpus.read(Path.of("../classifier/corpus/train.jsonl")).stream()
        .map(Labelled::example).toList();
    List<Announcement> bench = SyntheticItems.make(corpus, ITEMS + LOOK_ALIKES, 11);
    SplittableRandom random = new SplittableRandom(5);
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      reports.add(new Report(bench.get(i).title(), bench.get(i).text(), i, "original"));
    }
    for (int i = 0; i < REPOSTED; i++) {
      Announcement original = bench.get(i);
      String kind = KINDS.get(i % KINDS.size());
      reports.add(switch (kind) {
        case "nearly identical" -> new Report(original.title(),
            "记者获悉，" + replaced(original.text(), 0.03, random), i, kind);
        case "edited" -> new Report(replaced(original.title(), 0.1, random),
            shortened(replaced(original.text(), 0.1, random), 0.75), i, kind);
        default -> new Report(replaced(original.title(), 0.25, random),
            halvesSwapped(shortened(replaced(original.text(), 0.25, random), 0.8)), i, kind);
      });
    }
    for (int i = 0; i < LOOK_ALIKES; i++) {
      Announcement other = bench.get(ITEMS + i);
      reports.add(new Report(bench.get(REPOSTED + i).title(), other.text(), ITEMS + i, "look-alike"));
    }

    List<List<Report>> stories = NearDuplicates.clusters(reports, Report::title, Report::text);

    Map<Report, List<Report>> storyOf = new HashMap<>();
    stories.forEach(st -> st.forEach(r -> storyOf.put(r, st)));
    Map<String, int[]> merged = new HashMap<>();
    Map<String, int[]> byRule = new HashMap<>();
    for (Report r : reports.subList(ITEMS, ITEMS + REPOSTED)) {
      Report original = reports.get(r.news());
      merged.computeIfAbsent(r.kind(), k -> new int[1])[0] += storyOf.get(r).contains(original) ? 1 : 0;
      byRule.computeIfAbsent(r.kind(), k -> new int[1])[0] +=
          NearDuplicates.sameStory(original.title(), original.text(), r.title(), r.text()) ? 1 : 0;
    }
    long wrongPairs = 0;
    int storiesJoiningNews = 0;
    for (List<Report> story : stories) {
      Map<Integer, Integer> perNews = new HashMap<>();
      story.forEach(r -> perNews.merge(r.news(), 1, Integer::sum));
      long pairs = (long) story.size() * (story.size() - 1) / 2;
      long samePairs = perNews.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
      wrongPairs += pairs - samePairs;
      storiesJoiningNews += perNews.size() > 1 ? 1 : 0;
    }
    int found = merged.values().stream().mapToInt(c -> c[0]).sum();
    for (String kind : KINDS) {
      System.out.printf("%-16s reposts merged %3d of %d (the rule alone, every pair compared: %d)%n", kind,
          merged.get(kind)[0], REPOSTED / KINDS.size(), byRule.get(kind)[0]);
    }
    System.out.printf("reposts merged %d of %d; stories joining different news %d, pairs of different news joined %d,"
        + " among %d reports in %d stories%n", found, REPOSTED, storiesJoiningNews, wrongPairs, reports.size(),
        stories.size());
    assertEquals(REPOSTED / KINDS.size(), merged.get("nearly identical")[0], "every nearly identical repost is merged");
    assertTrue(found >= 200, "at least 200 of the 300 reposts are merged: " + found);
    assertTrue(storiesJoiningNews <= 3, "at most 3 stories join different news: " + storiesJoiningNews);
  }

  /** The text with about {@code share} of its characters replaced by others drawn from it. */
  static String replaced(String s, double share, SplittableRandom random) {
    StringBuilder out = new StringBuilder(s);
    for (int i = 0; i < s.length(); i++) {
      if (random.nextDouble() < share && Character.isLetter(s.charAt(i))) {
        out.setCharAt(i, s.charAt(random.nextInt(s.length())));
      }
    }
    return out.toString();
  }

  /** The first {@code share} of the text. */
  static String shortened(String s, double share) {
    return s.substring(0, (int) (s.length() * share));
  }

  /** The text's second half before its first: a repost that leads with another paragraph. */
  static String halvesSwapped(String s) {
    int half = s.length() / 2;
    return s.substring(half) + "。" + s.substring(0, half);
  }
}

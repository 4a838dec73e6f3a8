package bulletin.launcher;

import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Announcements for the benchmarks, each distinct: titles and texts written character by character
 * by a Markov chain over the corpus (each character drawn after the two before it, as often as the
 * corpus has it there). The items read like the corpus, n-gram for n-gram, but each is new, so the
 * story detector sees as many different items as there are, as over months of real news, and not
 * thousands of copies of a few hundred. Each keeps its corpus example's source, for the classifier.
 */
final class SyntheticItems {
  private static final int TITLE_CHARS = 20;
  private static final int TEXT_CHARS = 220;

  private SyntheticItems() {}

  static List<Announcement> make(List<LabelledExample> corpus, int count, long seed) {
    Chain chain = new Chain();
    corpus.forEach(e -> chain.learn(e.title() + "。" + e.text()));
    SplittableRandom random = new SplittableRandom(seed);
    Instant now = Instant.now();
    List<Announcement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LabelledExample e = corpus.get(i % corpus.size());
      String title = chain.write(random, e.title().substring(0, Math.min(2, e.title().length())), TITLE_CHARS);
      String text = (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日，" + chain.write(random, "科技", TEXT_CHARS);
      out.add(new Announcement(1, "bench-" + i, "https://bench.example.gov.cn/" + i + ".html", "bench",
          e.sourceName() == null ? "科技部" : e.sourceName(), e.sourceLevel() == null ? SourceLevel.NATIONAL : e.sourceLevel(),
          title, "2021-03-" + String.format("%02d", 1 + i % 25), now, text, List.of(), "h" + i, 1, null));
    }
    return out;
  }

  /** Which characters follow each pair of characters in the corpus, as often as they do. */
  private static final class Chain {
    private final Map<String, StringBuilder> next = new HashMap<>();

    void learn(String s) {
      for (int i = 0; i + 2 < s.length(); i++) {
        next.computeIfAbsent(s.substring(i, i + 2), k -> new StringBuilder()).append(s.charAt(i + 2));
      }
    }

    String write(SplittableRandom random, String start, int length) {
      StringBuilder s = new StringBuilder(start.length() == 2 ? start : "科技");
      while (s.length() < length) {
        StringBuilder choices = next.get(s.substring(s.length() - 2));
        if (choices == null) {
          s.append('。').append("科技"); // a dead end: a new sentence
          continue;
        }
        s.append(choices.charAt(random.nextInt(choices.length())));
      }
      return s.toString();
    }
  }
}

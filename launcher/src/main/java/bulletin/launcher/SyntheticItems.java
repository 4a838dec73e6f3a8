package bulletin.launcher;

import bulletin.common.record.Announcement;
import bulletin.common.record.LabelledExample;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Announcements for the benchmarks, each distinct: the title of a labelled example with a serial
 * number, and a text of clauses drawn at random from the whole corpus, with its own figures, so
 * that the story detector sees as many different items as there are, as it would over months of
 * real news, and not thousands of copies of a few hundred.
 */
final class SyntheticItems {
  private SyntheticItems() {}

  static List<Announcement> make(List<LabelledExample> corpus, int count, long seed) {
    List<String> clauses = new ArrayList<>();
    for (LabelledExample e : corpus) {
      for (String c : e.text().split("[，。；：]")) {
        if (c.strip().length() >= 6) {
          clauses.add(c.strip());
        }
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    Instant now = Instant.now();
    List<Announcement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LabelledExample e = corpus.get(i % corpus.size());
      StringBuilder text = new StringBuilder();
      text.append(1 + random.nextInt(12)).append("月").append(1 + random.nextInt(28)).append("日，");
      for (int k = 0; k < 8; k++) {
        text.append(clauses.get(random.nextInt(clauses.size()))).append(k % 3 == 2 ? "。" : "，");
        if (k == 3) {
          text.append("共").append(100 + random.nextInt(90_000)).append("项，");
        }
      }
      text.setLength(text.length() - 1);
      text.append("。");
      out.add(new Announcement(1, "bench-" + i, "https://bench.example.gov.cn/" + i + ".html", "bench",
          e.sourceName() == null ? "科技部" : e.sourceName(), e.sourceLevel() == null ? SourceLevel.NATIONAL : e.sourceLevel(),
          e.title() + "（" + i + "）", "2021-03-" + String.format("%02d", 1 + i % 25), now, text.toString(), List.of(),
          "h" + i, 1, null));
    }
    return out;
  }
}

package bulletin.assembler.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.render.TextRenderer;
import bulletin.assembler.ModelIssue;
import bulletin.common.json.Json;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The model issue's own items, as the source articles they were condensed from, drafted as 第 1 期
 * of 2021-03-25: the draft has the model's structure, and differs only where a summary's wording does.
 */
class SeedIssueGoldenTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();

  static List<ClassifiedAnnouncement> seedItems() throws Exception {
    List<ClassifiedAnnouncement> items = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        SeedIssueGoldenTest.class.getClassLoader().getResourceAsStream("seed-items.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          items.add(Json.read(line, ClassifiedAnnouncement.class));
        }
      }
    }
    return items;
  }

  /** Spaces around digits and Latin letters are the typesetter's, not the text's. */
  static String words(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void theSeedsItemsDraftIntoTheSeedsStructure() throws Exception {
    List<ClassifiedAnnouncement> items = seedItems();
    IssueState state = IssueState.empty();
    for (ClassifiedAnnouncement a : items) {
      state = state.withItem(a);
    }
    Draft draft = new DraftBuilder(PROFILE, new BulletinStyle(300))
        .build(new IssuePlan(1, LocalDate.of(2021, 3, 25), LocalDate.of(2021, 2, 26), false), state);
    String seed = ModelIssue.text();
    String drafted = TextRenderer.render(draft, PROFILE);

    // Masthead and footer: the same lines.
    String[] seedParas = seed.split("\n\n");
    String[] draftParas = drafted.split("\n\n");
    for (int i = 0; i < 6; i++) {
      assertEquals(seedParas[i], draftParas[i], "masthead line " + i);
    }
    for (int i = 1; i <= 6; i++) {
      assertEquals(seedParas[seedParas.length - i], draftParas[draftParas.length - i], "footer line " + i);
    }

    // The same sections in the same order, with as many items each.
    List<DraftSection> model = ModelIssue.sections(seed);
    assertEquals(model.stream().map(DraftSection::title).toList(),
        draft.sections().stream().map(DraftSection::title).toList());
    Map<String, Integer> itemsPerSection = Map.of("高层声音", 2, "科技政策", 1, "科技兴蒙", 2, "科技专项", 1, "科技合作", 2,
        "他山之石", 1, "部门动态", 7);
    draft.sections().forEach(s -> assertEquals(itemsPerSection.get(s.title()), s.items().size(), s.title()));
    assertEquals(0, draft.setAside().size());

    // Each summary item opens with the model's headline and cites its source and date or its own date.
    Map<String, ClassifiedAnnouncement> byId = items.stream().collect(Collectors.toMap(ClassifiedAnnouncement::id,
        Function.identity()));
    for (DraftSection s : draft.sections()) {
      if (s.title().equals("部门动态")) {
        continue;
      }
      for (DraftItem item : s.items()) {
        ClassifiedAnnouncement a = byId.get(item.itemIds().get(0));
        String seedParagraph = model.stream().filter(m -> m.title().equals(s.title())).flatMap(m -> m.items().stream())
            .map(DraftItem::headline).filter(p -> words(p).startsWith(words(a.title()))).findFirst()
            .orElseThrow(() -> new AssertionError("no model item for " + a.title()));
        assertTrue(words(seedParagraph).startsWith(words(item.headline())), item.headline());
        assertTrue(item.body().startsWith(a.sourceName() + BulletinStyle.monthDay(a.publishedDate()) + "消息称，")
            || item.body().matches("^.{0,20}?\\d{1,2}月\\d{1,2}日.*"), item.body());
        for (String sentence : BulletinStyle.sentences(item.body().replaceFirst("^.*?消息称，", ""))) {
          assertTrue(words(a.text()).contains(words(sentence)), "extractive: " + sentence);
        }
      }
    }

    // 部门动态: the model's dated lines, in date order.
    List<String> lines = draft.sections().get(6).items().stream().map(DraftItem::headline).toList();
    List<String> modelLines = model.get(6).items().stream().map(DraftItem::headline).toList();
    assertEquals(new HashSet<>(modelLines), new HashSet<>(lines));
    assertEquals(lines.stream().sorted(java.util.Comparator.comparingInt(SeedIssueGoldenTest::day)).toList(), lines);
  }

  private static int day(String datedLine) {
    var m = java.util.regex.Pattern.compile("^(\\d+)月(\\d+)日").matcher(datedLine);
    return m.find() ? Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)) : 0;
  }
}

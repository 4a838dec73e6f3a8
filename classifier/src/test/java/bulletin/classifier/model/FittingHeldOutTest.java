package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-validated figure is made on items the models did not see, and ties in the grid keep its first setting. */
class FittingHeldOutTest {
  private static final BulletinProfile PROFILE = BulletinProfile.defaultProfile();
  private static final List<String> SECTIONS = List.of("科技政策", "科技专项", "他山之石");

  /** Six rare characters, a different run for each {@code i}. */
  private static String rare(int i) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < 6; k++) {
      s.appendCodePoint(0x9E00 + i * 6 + k);
    }
    return s.toString();
  }

  @Test
  void itemsLearnedOnlyFromThemselvesScoreAsChanceOnceHeldOut() {
    // 36 pairs of twins: a pair shares a title no other item has, and a section; twins share a fold
    // (the fold comes from the title). Seen in training, a pair's n-grams name its section;
    // held out, they are unknown, and nothing else tells the sections apart.
    List<Item> items = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      for (int twin = 0; twin < 2; twin++) {
        items.add(new Item(rare(i), rare(i), null, null, null));
        sections.add(SECTIONS.get(i % 3));
      }
    }
    Fitting.Fitted fitted = Fitting.fit(PROFILE, items, sections, "v");
    assertTrue(fitted.crossValidatedMacroF1() < 0.2, "held out, nothing is learned: " + fitted.crossValidatedMacroF1());
    int right = 0;
    for (int i = 0; i < items.size(); i++) {
      right += sections.get(i).equals(fitted.model().classify(items.get(i)).section()) ? 1 : 0;
    }
    assertEquals(items.size(), right, "the model fitted on every item has learned each pair");
  }

  @Test
  void whenEverySettingScoresAlikeTheMildestWeightAndSmallestPenaltyAreKept() {
    // each section's items share its words and no other section's: every penalty gets them all right
    List<Item> items = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    String[] words = {"鼐鼑鼒", "鼓鼔鼕", "鼖鼗鼘"};
    for (int i = 0; i < 45; i++) {
      items.add(new Item(words[i % 3] + rare(i), words[i % 3], null, null, null));
      sections.add(SECTIONS.get(i % 3));
    }
    Fitting.Fitted fitted = Fitting.fit(PROFILE, items, sections, "v");
    assertEquals(3 / 8.0, fitted.crossValidatedMacroF1(), 1e-12, "three of the eight labels, every item right");
    assertEquals(Fitting.PENALTIES[0], fitted.penalty());
    assertEquals(Fitting.RARITY_EXPONENTS[0], fitted.rarityExponent());
  }
}

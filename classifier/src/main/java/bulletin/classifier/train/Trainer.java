package bulletin.classifier.train;

import bulletin.classifier.model.Fitting;
import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.SectionRules;
import bulletin.classifier.model.Verdict;
import bulletin.common.profile.BulletinProfile;
import java.util.List;
import java.util.function.Function;

/** Trains the section model from labelled items and evaluates a classifier on them. */
public final class Trainer {
  private Trainer() {}

  /** The trained model with its cross-validated figures. */
  public record Trained(SectionModel model, double penalty, double crossValidatedMacroF1,
      Evaluation crossValidated) {}

  public static Trained train(BulletinProfile profile, List<Labelled> items, String version) {
    List<Item> seen = items.stream().map(Labelled::item).toList();
    List<String> sections = items.stream().map(Labelled::section).toList();
    Fitting.Fitted f = Fitting.fit(profile, seen, sections, version);
    List<String> labels = SectionModel.labelsOf(profile);
    Evaluation cv = new Evaluation(labels);
    for (int i = 0; i < items.size(); i++) {
      double[] p = f.heldOutProbabilities()[i];
      int best = 0;
      for (int c = 1; c < p.length; c++) {
        best = p[c] > p[best] ? c : best;
      }
      cv.add(label(sections.get(i)), labels.get(best), p[best]);
    }
    return new Trained(f.model(), f.penalty(), f.crossValidatedMacroF1(), cv);
  }

  /** Evaluates {@code classify} on labelled items. */
  public static Evaluation evaluate(BulletinProfile profile, List<Labelled> items, Function<Item, Verdict> classify) {
    Evaluation e = new Evaluation(SectionModel.labelsOf(profile));
    for (Labelled x : items) {
      Verdict v = classify.apply(x.item());
      e.add(label(x.section()), label(v.section()), v.confidence());
    }
    return e;
  }

  static String label(String section) {
    return section == null ? SectionRules.OFF_TOPIC : section;
  }
}

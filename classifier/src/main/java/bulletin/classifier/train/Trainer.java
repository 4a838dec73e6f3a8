package bulletin.classifier.train;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.SectionRules;
import bulletin.classifier.model.Verdict;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.LabelledExample;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Trains the section model deterministically: the signals' weights are chosen by 5-fold
 * cross-validation on the training items alone (macro-F1), then the model is fitted on all of them.
 */
public final class Trainer {
  static final int FOLDS = 5;
  static final double[] NB = {0.0625, 0.125, 0.25, 0.5, 1, 2, 4};
  static final double[] PRIOR = {0, 0.5, 1, 2};
  static final double[] RULES = {0, 0.25, 0.5, 1, 2};

  private Trainer() {}

  /** The trained model and the cross-validated macro-F1 its weights reached. */
  public record Trained(SectionModel model, double crossValidatedMacroF1) {}

  public static Trained train(BulletinProfile profile, List<LabelledExample> items, String version) {
    List<SectionModel> foldModels = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      foldModels.add(SectionModel.train(profile, fold(items, f, false), new SectionModel.Weights(1, 1, 1), version));
    }
    SectionModel.Weights best = null;
    double bestF1 = -1;
    for (double nb : NB) {
      for (double prior : PRIOR) {
        for (double rules : RULES) {
          SectionModel.Weights w = new SectionModel.Weights(nb, prior, rules);
          Evaluation e = new Evaluation(SectionModel.labelsOf(profile));
          for (int f = 0; f < FOLDS; f++) {
            SectionModel m = foldModels.get(f);
            for (LabelledExample x : fold(items, f, true)) {
              e.add(label(x.section()), label(m.classify(item(x), w, false).section()));
            }
          }
          if (e.macroF1() > bestF1 + 1e-9) {
            bestF1 = e.macroF1();
            best = w;
          }
        }
      }
    }
    return new Trained(SectionModel.train(profile, items, best, version), bestF1);
  }

  /** Evaluates {@code classify} on labelled items. */
  public static Evaluation evaluate(BulletinProfile profile, List<LabelledExample> items,
      Function<Item, Verdict> classify) {
    Evaluation e = new Evaluation(SectionModel.labelsOf(profile));
    for (LabelledExample x : items) {
      e.add(label(x.section()), label(classify.apply(item(x)).section()));
    }
    return e;
  }

  /** A labelled item as the classifier sees it: no section hint, as for an unknown column. */
  public static Item item(LabelledExample x) {
    return new Item(x.title(), x.text(), x.sourceName(), x.sourceLevel(), null);
  }

  static String label(String section) {
    return section == null ? SectionRules.OFF_TOPIC : section;
  }

  private static List<LabelledExample> fold(List<LabelledExample> items, int f, boolean heldOut) {
    List<LabelledExample> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if ((i % FOLDS == f) == heldOut) {
        out.add(items.get(i));
      }
    }
    return out;
  }
}

package bulletin.classifier.train;

import bulletin.classifier.cue.Cues;
import bulletin.classifier.model.Fitting;
import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.model.SectionRules;
import bulletin.classifier.model.Verdict;
import bulletin.common.profile.BulletinProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Trains the section model from labelled items and evaluates a classifier on them. */
public final class Trainer {
  private Trainer() {}

  /** The trained model with its cross-validated figures. */
  public record Trained(SectionModel model, double penalty, double rarityExponent, double crossValidatedMacroF1,
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
    return new Trained(f.model(), f.penalty(), f.rarityExponent(), f.crossValidatedMacroF1(), cv);
  }

  /**
   * What names the model: the features' and the regression's generation ("lr3": n-grams with digits
   * left out; "lr4": naive Bayes counts only the vocabulary's n-grams; "lr5": the small sections' weight
   * chosen with the penalty by cross-validation; "lr6": the item's meaning, a sentence embedding, read
   * beside the n-grams; "lr7": the headline's meaning read apart as well) and a fingerprint of
   * everything it is made from.
   */
  public static final String GENERATION = "lr7";

  /**
   * The version of the model trained on {@code corpus} with {@code profile} (the bundled one when
   * empty): a fingerprint of the corpus files, the profile's topic words, the cues' word lists and
   * the revision of the rules that read them ({@link Cues#RULES_REVISION}), so that a change to any
   * of them gives a new version.
   */
  public static String version(List<Path> corpus, Optional<Path> profile) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (Path f : corpus) {
      all.write(Files.readAllBytes(f));
    }
    all.write(profile.isPresent() ? Files.readAllBytes(profile.get()) : resource(BulletinProfile.DEFAULT_RESOURCE));
    for (String list : Cues.WORD_LISTS) {
      all.write(resource(list));
    }
    all.write(("cue rules " + Cues.RULES_REVISION).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return GENERATION + "-" + CanonicalHash.of(all.toByteArray());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Trainer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the classpath");
      }
      return in.readAllBytes();
    }
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

package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
  @Test
  void theModelVersionChangesWithWhatTheModelIsMadeFrom(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("a.jsonl");
    Files.writeString(corpus, "{\"title\": \"科技部印发指导意见\", \"text\": \"\", \"section\": \"科技政策\"}\n");
    String version = Trainer.version(List.of(corpus), Optional.empty());
    assertTrue(version.startsWith(Trainer.GENERATION + "-"), version);
    assertEquals(version, Trainer.version(List.of(corpus), Optional.empty()), "the same inputs, the same version");

    Path other = dir.resolve("b.jsonl");
    Files.writeString(other, Files.readString(corpus).replace("科技政策", "科技专项"));
    assertNotEquals(version, Trainer.version(List.of(other), Optional.empty()), "another corpus");

    Path profile = dir.resolve("profile.yaml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BulletinProfile.DEFAULT_RESOURCE)) {
      Files.write(profile, in.readAllBytes());
    }
    assertEquals(version, Trainer.version(List.of(corpus), Optional.of(profile)), "the bundled profile, given as a file");
    Files.writeString(profile, Files.readString(profile) + "\n# edited\n");
    assertNotEquals(version, Trainer.version(List.of(corpus), Optional.of(profile)), "another profile");
  }

  @Test
  void theBundledModelIsTheOneTrainedOnTheCommittedCorpus() throws Exception {
    List<Path> corpus = java.util.Arrays.stream(Corpus.TRAINING.split(",")).map(f -> Path.of("..", f)).toList();
    String bundled = bulletin.classifier.model.SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty()).version();
    assertEquals(Trainer.version(corpus, Optional.empty()), bundled,
        "the corpus, the profile, the cues' word lists or their rules' revision changed: run ./bulletin classifier train");
  }

  @Test
  void theVersionFingerprintsTheCorpusTheProfileTheCuesWordListsAndTheirRulesRevision(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("a.jsonl");
    Files.writeString(corpus, "{\"title\": \"科技部印发指导意见\", \"text\": \"\", \"section\": \"科技政策\"}\n");
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(Files.readAllBytes(corpus));
    all.write(resource(BulletinProfile.DEFAULT_RESOURCE));
    for (String list : bulletin.classifier.cue.Cues.WORD_LISTS) {
      all.write(resource(list));
    }
    all.write(("cue rules " + bulletin.classifier.cue.Cues.RULES_REVISION)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Trainer.GENERATION + "-" + CanonicalHash.of(all.toByteArray()),
        Trainer.version(List.of(corpus), Optional.empty()));
  }

  private byte[] resource(String name) throws java.io.IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}

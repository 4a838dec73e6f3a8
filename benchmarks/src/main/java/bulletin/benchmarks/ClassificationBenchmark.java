package bulletin.benchmarks;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.SectionModel;
import bulletin.classifier.train.Corpus;
import bulletin.classifier.train.Labelled;
import bulletin.common.profile.BulletinProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The section model on one thread: items per second, over the held-out corpus items (122, about
 * 130 characters of text each). Run from the repository root (it reads classifier/corpus/).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassificationBenchmark {
  private SectionModel model;
  private List<Item> items;

  @Setup
  public void load() {
    model = SectionModel.load(BulletinProfile.defaultProfile(), Optional.empty());
    items = Corpus.read(Path.of(System.getProperty("corpus", "classifier/corpus/heldout.jsonl")))
        .stream().map(Labelled::item).toList();
  }

  /** One operation classifies every held-out item once. */
  @Benchmark
  public void classify(Blackhole bh) {
    for (Item i : items) {
      bh.consume(model.classify(i));
    }
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static Ngrams.Bag bag(String... ngramAndCount) {
    int n = ngramAndCount.length / 2;
    long[] keys = new long[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Ngrams.pack(ngramAndCount[2 * i]);
      counts[i] = Integer.parseInt(ngramAndCount[2 * i + 1]);
    }
    return new Ngrams.Bag(keys, counts, n);
  }

  private static List<String> texts(Vocabulary v) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(v.text(i));
    }
    return out;
  }

  @Test
  void theNgramsOfAtLeastTwoItemsAreKeptInTextOrder() {
    Vocabulary v = Vocabulary.of(List.of(
        bag("道路", "1", "科技", "1", "会议", "9"),
        bag("科技", "2", "道路", "1"),
        bag("会议", "1", "通知", "1")));
    // 会议 twice (9 times in one item counts once), 科技 and 道路 twice, 通知 once
    assertEquals(List.of("会议", "科技", "道路"), texts(v));
    assertEquals(List.of(), texts(Vocabulary.of(List.of(bag("科技", "5")))), "one item is not enough");
  }

  @Test
  void aModelFilesNgramsKeepTheirOrder() {
    assertEquals(List.of("道路", "科技"), texts(Vocabulary.read(List.of("道路", "科技"))));
  }

  @Test
  void inputsAreTheCuesThatAreNotZeroThenTheKnownNgramsScaledToTheVectorLength() {
    Vocabulary v = Vocabulary.read(List.of("会议", "科技", "道路"));
    // 科技 once: log(2); 道路 three times: log(4) = 2·log(2); their length log(2)·√5, scaled to 12
    SoftmaxRegression.Sparse x = v.inputs(new double[] {1.5, 0, -2}, bag("道路", "3", "通知", "4", "科技", "1"), 10);
    assertArrayEquals(new int[] {0, 2, 12, 11}, x.index());
    double unit = Vocabulary.SCALE / Math.sqrt(5);
    assertArrayEquals(new double[] {1.5, -2, 2 * unit, unit}, x.value(), 1e-12);
  }

  @Test
  void numbersKnownBeforehandGiveTheSameInputsAsLookingUp() {
    Vocabulary v = Vocabulary.read(List.of("会议", "科技", "道路"));
    Ngrams.Bag b = bag("道路", "3", "通知", "4", "科技", "1");
    // 通知's number lies past the vocabulary (an entry of a larger table): no input
    SoftmaxRegression.Sparse x = v.inputs(new double[] {1.5, 0, -2}, b, 10, new int[] {2, 7, 1});
    SoftmaxRegression.Sparse looked = v.inputs(new double[] {1.5, 0, -2}, b, 10);
    assertArrayEquals(looked.index(), x.index());
    assertArrayEquals(looked.value(), x.value(), 0);
    SoftmaxRegression.Sparse unknown = v.inputs(new double[] {0}, b, 1, new int[] {-1, 3, -1});
    assertEquals(0, unknown.index().length, "-1 and the vocabulary's size are no n-gram of it");
    assertArrayEquals(new long[] {Ngrams.pack("会议"), Ngrams.pack("科技"), Ngrams.pack("道路")}, v.keys());
  }

  @Test
  void onlyTheVocabularysNgramsAreKeptInTheBagsOrder() {
    Vocabulary v = Vocabulary.read(List.of("会议", "科技", "道路"));
    Ngrams.Bag kept = v.only(bag("道路", "3", "通知", "4", "科技", "1"));
    assertEquals(2, kept.size());
    assertArrayEquals(new long[] {Ngrams.pack("道路"), Ngrams.pack("科技")}, kept.keys());
    assertArrayEquals(new int[] {3, 1}, kept.counts());
    assertEquals(0, v.only(bag("通知", "2")).size());
  }

  @Test
  void anItemWithNoKnownNgramHasOnlyItsCues() {
    Vocabulary v = Vocabulary.read(List.of("科技"));
    SoftmaxRegression.Sparse x = v.inputs(new double[] {0, 3}, bag("通知", "2"), 2);
    assertArrayEquals(new int[] {1}, x.index());
    assertArrayEquals(new double[] {3}, x.value(), 0);
    SoftmaxRegression.Sparse none = v.inputs(new double[] {0, 0}, bag(), 2);
    assertEquals(0, none.index().length);
  }

  @Test
  void moreDistinctNgramsThanTheFirstTableHoldsAreCountedRight() {
    int n = 70_000;
    long[] keys = new long[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Ngrams.pack(new int[] {0x4E00 + i / 1000, 0x4E00 + i % 1000}, 0, 2);
      counts[i] = 1;
    }
    Ngrams.Bag all = new Ngrams.Bag(keys, counts, n);
    Ngrams.Bag last = new Ngrams.Bag(new long[] {keys[n - 1]}, new int[] {1}, 1);
    Vocabulary v = Vocabulary.of(List.of(all, last));
    assertEquals(List.of(Ngrams.unpack(keys[n - 1])), texts(v), "only the n-gram of both items");
  }

  @Test
  void anItemWhoseNgramsAreAllKnownHasEachOfThem() {
    Vocabulary v = Vocabulary.read(List.of("科技", "道路"));
    // two known n-grams once each: log(2) each, scaled to length 12: 12/√2 each
    SoftmaxRegression.Sparse x = v.inputs(new double[] {2}, bag("道路", "1", "科技", "1"), 1);
    assertArrayEquals(new int[] {0, 2, 1}, x.index());
    assertArrayEquals(new double[] {2, Vocabulary.SCALE / Math.sqrt(2), Vocabulary.SCALE / Math.sqrt(2)}, x.value(), 1e-12);
  }
}

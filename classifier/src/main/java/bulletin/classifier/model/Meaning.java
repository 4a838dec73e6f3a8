package bulletin.classifier.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an item is about as a whole, beyond its words: sentence embeddings by a small Chinese
 * language model (BGE small zh v1.5, quantized, run in process), one of its headline and opening
 * and one of its headline alone, each a vector of unit length. It reads a page the way a reader
 * does, so two items that say the same thing in other words come out close. The headline is read
 * apart too because it says whose news and what kind most plainly, and the opening (a call's
 * addressees, a meeting's attendance) can outweigh it in the first embedding.
 */
final class Meaning {
  /** The numbers in one embedding. */
  static final int HALF = 512;
  /** The numbers in one item's meaning: the headline and opening's embedding, then the headline's. */
  static final int SIZE = 2 * HALF;
  /** How much of the headline and opening is read: the rest repeats or wanders. */
  static final int CHARS = 256;

  private static final class Holder {
    static final BgeSmallZhV15QuantizedEmbeddingModel MODEL = new BgeSmallZhV15QuantizedEmbeddingModel();
  }

  private Meaning() {}

  /**
   * Loads the language model and runs it once: the first call takes about two seconds, and a
   * runtime that cannot run it fails here instead of on the first item.
   */
  static void load() {
    of("科技简报", "");
  }

  /** The words read: the headline, then the opening, {@link #CHARS} at most. */
  static String readText(String title, String text) {
    String all = text == null || text.isBlank() ? title : title + "。" + text;
    return all.length() > CHARS ? all.substring(0, CHARS) : all;
  }

  /** The meaning of one item; all zeros (no evidence) where it has no words. */
  static float[] of(String title, String text) {
    return of(List.of(new Item(title, text, null, null, null)))[0];
  }

  /** The meanings of many items at once (faster than one by one). */
  static float[][] of(List<Item> items) {
    float[][] out = new float[items.size()][SIZE];
    embedInto(out, 0, items, i -> readText(i.title(), i.text()));
    embedInto(out, HALF, items, i -> i.title() == null ? "" : i.title().length() > CHARS
        ? i.title().substring(0, CHARS) : i.title());
    return out;
  }

  /** Each item's embedding of {@code words} into its meaning from {@code at}; none for no words. */
  private static void embedInto(float[][] out, int at, List<Item> items, Function<Item, String> words) {
    List<Integer> worded = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String read = words.apply(items.get(i));
      if (!read.isBlank()) {
        worded.add(i);
        segments.add(TextSegment.from(read));
      }
    }
    if (!segments.isEmpty()) {
      List<Embedding> embedded = Holder.MODEL.embedAll(segments).content();
      for (int j = 0; j < worded.size(); j++) {
        System.arraycopy(embedded.get(j).vector(), 0, out[worded.get(j)], at, HALF);
      }
    }
  }
}

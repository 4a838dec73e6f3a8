package bulletin.classifier.model;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item is about as a whole, beyond its words: a sentence embedding of its headline and
 * opening by a small Chinese language model (BGE small zh v1.5, quantized, run in process), a
 * vector of unit length. It reads a page the way a reader does, so two items that say the same
 * thing in other words come out close.
 */
final class Meaning {
  /** The numbers in one item's meaning. */
  static final int SIZE = 512;
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

  /** The meaning of one item; all zeros (no evidence) when it has no words. */
  static float[] of(String title, String text) {
    String read = readText(title, text);
    return read.isBlank() ? new float[SIZE] : Holder.MODEL.embed(read).content().vector();
  }

  /** The meanings of many items at once (faster than one by one). */
  static float[][] of(List<Item> items) {
    float[][] out = new float[items.size()][];
    List<Integer> worded = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String read = readText(items.get(i).title(), items.get(i).text());
      if (read.isBlank()) {
        out[i] = new float[SIZE];
      } else {
        worded.add(i);
        segments.add(TextSegment.from(read));
      }
    }
    if (!segments.isEmpty()) {
      List<Embedding> embedded = Holder.MODEL.embedAll(segments).content();
      for (int j = 0; j < worded.size(); j++) {
        out[worded.get(j)] = embedded.get(j).vector();
      }
    }
    return out;
  }
}

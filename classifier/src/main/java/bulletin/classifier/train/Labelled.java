package bulletin.classifier.train;

import bulletin.classifier.model.Item;
import bulletin.common.record.LabelledExample;

/**
 * A labelled item of the corpus: what the classifier sees, and the section a person chose (null
 * for off-topic).
 */
public record Labelled(Item item, String section) {
  /** The item as an editor's example, for tools that feed examples. */
  public LabelledExample example() {
    return new LabelledExample(1, null, item.title(), item.text(), item.sourceName(), item.sourceLevel(), section,
        "corpus", null);
  }
}

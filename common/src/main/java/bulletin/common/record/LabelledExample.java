package bulletin.common.record;

import static bulletin.common.record.Checks.require;

import java.time.Instant;

/**
 * An item with the section a person says it belongs in: an editor's move on
 * {@code classifier.examples} (compacted, keyed by item id), or a line of the labelled corpus.
 *
 * @param section the section title, or null for off-topic
 * @param by who labelled it (an editor's name, or "corpus")
 */
public record LabelledExample(int schema, String itemId, String title, String text, String sourceName,
    SourceLevel sourceLevel, String section, String by, Instant at) {
  public LabelledExample {
    schema = schema == 0 ? 1 : schema;
    require(title, "title");
    text = text == null ? "" : text;
    section = section == null || section.isBlank() ? null : section.strip();
  }
}

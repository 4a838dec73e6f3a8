package bulletin.classifier.model;

import java.time.Instant;

/**
 * An editor's correction the model has learned: the item, the section the editor chose (null for
 * off-topic), who and when.
 */
public record Correction(String itemId, String title, String section, String by, Instant at) {}

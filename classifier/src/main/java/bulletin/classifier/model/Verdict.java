package bulletin.classifier.model;

import java.util.List;
import java.util.Map;

/**
 * The classifier's answer for one item.
 *
 * @param section the section title as printed, or null when the item is off-topic
 * @param confidence how far the winner stands above the rest, 0..1
 * @param scores each section's score, and {@code 无关} for off-topic
 * @param reasons the rules and signals that decided, in words an editor reads
 * @param model the model's version
 */
public record Verdict(String section, double confidence, Map<String, Double> scores,
    List<String> reasons, String model) {}

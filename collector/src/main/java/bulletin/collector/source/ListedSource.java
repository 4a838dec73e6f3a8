package bulletin.collector.source;

import bulletin.common.json.JsonSerde;
import bulletin.common.kafka.Topic;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A source as listed on the compacted topic {@code collector.sources}, keyed by its id: the
 * definition published from the sources folder, and whether ops paused it. The collector instance
 * that owns the record's partition polls the source, unless it is paused or disabled.
 *
 * @param pause why, by whom and since when the source is paused; null while it is polled
 * @param changedBy who wrote this record: the instance that published its folder, or an operator
 * @param changedAt when
 * @param origin where the definition comes from: {@link #FOLDER} (a file in the sources folder,
 *     which a publication of the folder keeps in step, removing it with its file) or {@link #APP}
 *     (added in the review app's feeds page, which a publication of the folder leaves alone);
 *     records written before origins were kept are {@link #FOLDER}
 */
public record ListedSource(int schema, SourceDefinition definition, Pause pause, String changedBy,
    Instant changedAt, String origin) {

  /** Listed from a file of the sources folder. */
  public static final String FOLDER = "folder";
  /** Added through the review app's feeds page; no file holds it. */
  public static final String APP = "app";

  /**
   * The listed sources. Defined here rather than in the common topic catalogue, since its value
   * carries the collector's source definition; it has its own partition count
   * ({@code sources.partitions}), since its partitions are what the instances share.
   */
  public static final Topic<String, ListedSource> TOPIC =
      new Topic<>("collector.sources", Serdes.String(), new JsonSerde<>(ListedSource.class),
          bulletin.common.kafka.Keeping.latestPerKey("each source's latest definition and pause, for ever"));

  public ListedSource {
    schema = schema == 0 ? 1 : schema;
    if (definition == null) {
      throw new IllegalArgumentException("definition is missing");
    }
    if (changedBy == null || changedBy.isBlank()) {
      throw new IllegalArgumentException("changedBy is missing");
    }
    if (changedAt == null) {
      throw new IllegalArgumentException("changedAt is missing");
    }
    origin = origin == null || origin.isBlank() ? FOLDER : origin.strip();
    if (!origin.equals(FOLDER) && !origin.equals(APP)) {
      throw new IllegalArgumentException("origin '" + origin + "' is not " + FOLDER + " or " + APP);
    }
  }

  /** A source listed from the sources folder. */
  public ListedSource(int schema, SourceDefinition definition, Pause pause, String changedBy, Instant changedAt) {
    this(schema, definition, pause, changedBy, changedAt, FOLDER);
  }

  /** Whether a file of the sources folder holds it (so the folder's publication may change or remove it). */
  public boolean fromFolder() {
    return origin.equals(FOLDER);
  }

  /** An operator's pause of a source. */
  public record Pause(String reason, String by, Instant at) {
    public Pause {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a pause needs a reason");
      }
    }
  }

  public String id() {
    return definition.id();
  }

  public boolean paused() {
    return pause != null;
  }

  /** Whether its owner polls it: neither paused nor disabled in its file. */
  public boolean polled() {
    return pause == null && definition.enabled();
  }
}

package bulletin.assembler;

import bulletin.render.DocxRenderer;
import bulletin.render.HtmlRenderer;
import bulletin.render.TextRenderer;
import bulletin.common.json.Json;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code DIR/ISSUE.txt}, {@code .html}, {@code .docx} and {@code .json} in step with the
 * latest draft of each issue.
 */
public final class DraftFiles implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DraftFiles.class);

  private final KafkaConsumer<String, Draft> consumer;
  private final Path dir;
  private final BulletinProfile profile;

  public DraftFiles(String bootstrap, String groupId, Path dir, BulletinProfile profile) {
    this.dir = dir;
    this.profile = profile;
    var topic = Topics.BULLETIN_DRAFTS;
    this.consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, groupId,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.BULLETIN_DRAFTS.name()));
      while (!Thread.currentThread().isInterrupted()) {
        for (var r : consumer.poll(Duration.ofSeconds(1))) {
          if (r.value() != null) {
            write(dir, r.value(), profile);
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  /** Writes one draft's files under {@code dir}, replacing the old ones atomically. */
  public static void write(Path dir, Draft draft, BulletinProfile profile) {
    try {
      Files.createDirectories(dir);
      replace(dir.resolve(draft.issueId() + ".txt"), TextRenderer.render(draft, profile).getBytes(StandardCharsets.UTF_8));
      replace(dir.resolve(draft.issueId() + ".html"), HtmlRenderer.render(draft, profile).getBytes(StandardCharsets.UTF_8));
      replace(dir.resolve(draft.issueId() + ".docx"), DocxRenderer.render(draft, profile));
      replace(dir.resolve(draft.issueId() + ".json"), Json.write(draft).getBytes(StandardCharsets.UTF_8));
      LOG.info("draft {} revision {}: {} items, {} set aside -> {}", draft.issueId(), draft.revision(),
          draft.itemCount(), draft.setAside().size(), dir.resolve(draft.issueId() + ".txt"));
    } catch (IOException e) {
      LOG.error("cannot write draft {} to {}: {}", draft.issueId(), dir, e.getMessage());
    }
  }

  private static void replace(Path file, byte[] content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, content);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() {
    consumer.wakeup();
  }
}

package bulletin.launcher;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same scenario on the apache/kafka image, where a Docker engine is present; skipped without one. */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainerTest {
  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

  @Test
  void aGbkSiteBecomesADraftAndGarbageGoesToTheDeadLetterTopic(@TempDir Path state) throws Exception {
    PipelineScenario.run(KAFKA.getBootstrapServers(), state);
  }
}

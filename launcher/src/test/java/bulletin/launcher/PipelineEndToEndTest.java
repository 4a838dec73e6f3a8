package bulletin.launcher;

import bulletin.testkit.SharedKafka;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline end to end on the in-process broker (or KAFKA_BOOTSTRAP). */
class PipelineEndToEndTest {
  @Test
  void aGbkSiteBecomesADraftAndGarbageGoesToTheDeadLetterTopic(@TempDir Path state) throws Exception {
    PipelineScenario.run(SharedKafka.bootstrapServers(), state);
  }
}

package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.testkit.CommandRun;
import bulletin.testkit.EmbeddedKafka;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A collector command that needs Kafka and finds no broker says so in one sentence, with what to do. */
class NoBrokerTest {

  @Test
  void healthSourcesListAndPauseNameTheMissingBroker() {
    String address = EmbeddedKafka.nowhere();
    for (List<String> args : List.of(List.of("health"), List.of("sources", "list"),
        List.of("pause", "ordos-kjj", "--reason", "站点维护"))) {
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--set", "kafka.bootstrap=" + address));
      CommandRun run = CommandRun.of(new CollectorMain(), all.toArray(String[]::new));
      assertEquals(1, run.code(), args + ": " + run);
      assertEquals("error: no Kafka broker at " + address + ": start `./bulletin up`, or set KAFKA_BOOTSTRAP",
          run.err().strip(), String.join(" ", args));
    }
  }
}

package bulletin.launcher.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.AssemblerMain;
import bulletin.classifier.ClassifierMain;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.record.Announcement;
import bulletin.common.record.Draft;
import bulletin.testkit.EmbeddedKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops while items are being sent and the classifier and the assembler are working
 * through them, and comes back on the same data and port; the services, left running, carry on by
 * themselves.
 */
class FaultBrokerRestartTest {

  @Test
  void itemsSentWhileTheBrokerRestartsAreDraftedOnce(@TempDir Path dir) throws Exception {
    String run = FaultKit.run();
    List<Announcement> first = FaultItems.batch("restart-" + run, 0, 20);
    List<Announcement> second = FaultItems.batch("restart-" + run, 20, 20);
    List<Announcement> all = new ArrayList<>(first);
    all.addAll(second);
    FaultKit.assertDistinctStories(all);
    Set<String> ids = FaultKit.ids(all);

    Path data = dir.resolve("kafka");
    int port = EmbeddedKafka.freePortPair();
    EmbeddedKafka kafka = EmbeddedKafka.start(data, false, port);
    String bootstrap = kafka.bootstrapServers();
    try {
      String issue;
      long recovered;
      try (StreamsApp classifier = ClassifierMain.start(FaultKit.classifierSettings(bootstrap,
              "classifier-restart-" + run, dir.resolve("state")));
          StreamsApp assembler = AssemblerMain.start(FaultKit.assemblerSettings(bootstrap,
              "assembler-restart-" + run, dir.resolve("state")));
          var producer = FaultKit.announcementProducer(bootstrap)) {
        classifier.awaitRunning(FaultKit.WAIT);
        assembler.awaitRunning(FaultKit.WAIT);

        FaultKit.send(producer, first.subList(0, 10));
        // The rest of the first batch is still on its way, and the services are classifying and
        // drafting the first half, when the broker stops.
        List<Future<RecordMetadata>> inFlight = new ArrayList<>();
        for (Announcement a : first.subList(10, first.size())) {
          inFlight.add(producer.send(new ProducerRecord<>(Topics.ANNOUNCEMENTS_RAW.name(), a.id(), a)));
        }
        kafka.close();
        kafka = EmbeddedKafka.start(data, false, port);
        long healed = System.nanoTime();
        FaultKit.send(producer, second);
        for (Future<RecordMetadata> ack : inFlight) {
          ack.get();
        }

        try (var drafts = new FaultKit.DraftWatch(bootstrap)) {
          Draft d = drafts.awaitHolding(ids, FaultKit.WAIT);
          recovered = System.nanoTime() - healed;
          issue = d.issueId();
        }
        // They recovered on their own: neither was restarted, and neither has given up.
        assertTrue(classifier.state().isRunningOrRebalancing(), "classifier " + classifier.state());
        assertTrue(assembler.state().isRunningOrRebalancing(), "assembler " + assembler.state());
      }
      FaultKit.Figures f = FaultKit.assertDraftedOnce(bootstrap, issue, ids);
      FaultKit.print("broker-restart", f, null, recovered);
    } finally {
      kafka.close();
    }
  }

}

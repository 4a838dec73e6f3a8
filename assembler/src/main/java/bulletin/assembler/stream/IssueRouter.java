package bulletin.assembler.stream;

import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys each classified item by the issue it belongs in: the issue whose window covers its
 * publication date, or, when that issue is already published, the first one after it that is not.
 * An item that a published issue already printed is not drafted again.
 */
final class IssueRouter implements Processor<String, ClassifiedAnnouncement, String, ClassifiedAnnouncement> {
  private static final Logger LOG = LoggerFactory.getLogger(IssueRouter.class);

  private final IssueCalendar calendar;
  private final String publishedStore;
  private ProcessorContext<String, ClassifiedAnnouncement> context;
  private KeyValueStore<String, ValueAndTimestamp<Draft>> published;

  IssueRouter(IssueCalendar calendar, String publishedStore) {
    this.calendar = calendar;
    this.publishedStore = publishedStore;
  }

  @Override
  public void init(ProcessorContext<String, ClassifiedAnnouncement> context) {
    this.context = context;
    this.published = context.getStateStore(publishedStore);
  }

  @Override
  public void process(Record<String, ClassifiedAnnouncement> r) {
    ClassifiedAnnouncement item = r.value();
    Optional<String> printedIn = printedIn(item.id());
    if (printedIn.isPresent()) {
      LOG.info("item {} ({}) was published in issue {}; revision {} is not drafted again", item.id(), item.title(),
          printedIn.get(), item.revision());
      return;
    }
    IssuePlan plan = calendar.issueFor(item.publishedDate());
    while (published.get(plan.issueId()) != null) {
      plan = calendar.next(plan);
    }
    context.forward(r.withKey(plan.issueId()));
  }

  private Optional<String> printedIn(String itemId) {
    try (var all = published.all()) {
      while (all.hasNext()) {
        var entry = all.next();
        Draft d = entry.value == null ? null : entry.value.value();
        if (d != null && d.sections().stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.itemIds().contains(itemId))) {
          return Optional.of(entry.key);
        }
      }
    }
    return Optional.empty();
  }
}

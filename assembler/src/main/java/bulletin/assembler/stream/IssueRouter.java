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
import org.slf4j.MDC;

/**
 * Keys each classified item by the issue it belongs in: the issue whose window covers its
 * publication date, or, when that issue is already published, the first one after it that is not.
 * An item that a published issue already printed is not drafted again; a report of a story one
 * printed (another site's repost, recognised by fingerprint) is set aside with the issue's number.
 */
final class IssueRouter implements Processor<String, ClassifiedAnnouncement, String, IssueEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(IssueRouter.class);

  private final IssueCalendar calendar;
  private final String publishedStore;
  private ProcessorContext<String, IssueEvent> context;
  private final PrintedStories printedStories = new PrintedStories();
  private KeyValueStore<String, ValueAndTimestamp<Draft>> published;

  IssueRouter(IssueCalendar calendar, String publishedStore) {
    this.calendar = calendar;
    this.publishedStore = publishedStore;
  }

  @Override
  public void init(ProcessorContext<String, IssueEvent> context) {
    this.context = context;
    this.published = context.getStateStore(publishedStore);
  }

  @Override
  public void process(Record<String, ClassifiedAnnouncement> r) {
    try (var logged = MDC.putCloseable("item", r.key())) {
      route(r);
    }
  }

  private void route(Record<String, ClassifiedAnnouncement> r) {
    ClassifiedAnnouncement item = r.value();
    java.util.List<Draft> issued = publishedDrafts();
    Optional<String> printedIn = issued.stream().filter(d -> d.sections().stream().flatMap(s -> s.items().stream())
        .anyMatch(i -> i.itemIds().contains(item.id()))).map(Draft::issueId).findFirst();
    if (printedIn.isPresent()) {
      LOG.info("item {} ({}) was published in issue {}; revision {} is not drafted again", item.id(), item.title(),
          printedIn.get(), item.revision());
      return;
    }
    IssuePlan plan = calendar.issueFor(item.publishedDate());
    while (published.get(plan.issueId()) != null) {
      plan = calendar.next(plan);
    }
    Optional<String> repost = printedStories.reasonFor(item, issued);
    context.forward(r.withKey(plan.issueId()).withValue(repost.map(reason -> IssueEvent.printedBefore(item, reason))
        .orElseGet(() -> IssueEvent.of(item))));
  }

  private java.util.List<Draft> publishedDrafts() {
    java.util.List<Draft> out = new java.util.ArrayList<>();
    try (var all = published.all()) {
      while (all.hasNext()) {
        var entry = all.next();
        if (entry.value != null && entry.value.value() != null) {
          out.add(entry.value.value());
        }
      }
    }
    return out;
  }
}

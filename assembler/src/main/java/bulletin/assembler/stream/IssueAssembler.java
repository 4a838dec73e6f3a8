package bulletin.assembler.stream;

import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.EditRefused;
import bulletin.assembler.issue.IssueState;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.EditResult;
import bulletin.common.record.LabelledExample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Folds an issue's items and edits into its state and emits its draft. The items are stored one
 * record each (key {@code issue␀item}), the edits and workflow as one small record per issue, so no
 * stored record grows with the issue; the open issues are also held in memory, so a draft update
 * reads nothing back. Drafts are coalesced: an issue is drafted at once when its last draft is at
 * least {@code coalesce} old (or twice as old as its last build took, for a large issue), else at
 * the end of that interval, so a backlog of thousands of items makes a draft a second, not one per
 * item, and building drafts never takes more than about half the assembler's time. A published
 * issue's items are removed from the store.
 */
final class IssueAssembler implements Processor<String, IssueEvent, String, IssueOutput> {
  private static final Logger LOG = LoggerFactory.getLogger(IssueAssembler.class);
  private static final char SEPARATOR = '\u0000';
  /** Separates issue and item in the key of an item that arrived after submission. */
  private static final char LATE = '\u0001';

  private final IssueCalendar calendar;
  private final DraftBuilder drafts;
  private final Duration coalesce;
  private final Map<String, OpenIssue> open = new HashMap<>();
  private ProcessorContext<String, IssueOutput> context;
  private KeyValueStore<String, StoredIssue> issues;
  private KeyValueStore<String, ClassifiedAnnouncement> items;
  private boolean recovered;

  /** An issue in memory: its state, its items by id, and when it was last drafted. */
  private static final class OpenIssue {
    StoredIssue stored;
    final Map<String, ClassifiedAnnouncement> items = new TreeMap<>();
    /** Items that arrived after submission, kept out of the issue's content. */
    final Map<String, ClassifiedAnnouncement> late = new TreeMap<>();
    boolean dirty;
    /** When its last draft was emitted, by the wall clock; -1 before the first. */
    long draftedAtMs = -1;
    /** How long its last build took. */
    long buildMs;

    boolean due(long now, Duration coalesce) {
      return coalesce.isZero() || draftedAtMs < 0 || now - draftedAtMs >= Math.max(coalesce.toMillis(), 2 * buildMs);
    }
  }

  IssueAssembler(IssueCalendar calendar, DraftBuilder drafts, Duration coalesce) {
    this.calendar = calendar;
    this.drafts = drafts;
    this.coalesce = coalesce;
  }

  @Override
  public void init(ProcessorContext<String, IssueOutput> context) {
    this.context = context;
    this.issues = context.getStateStore(AssemblerTopology.ISSUE_STORE);
    this.items = context.getStateStore(AssemblerTopology.ITEMS_STORE);
    open.clear();
    recovered = false;
    Duration tick = coalesce.isZero() ? Duration.ofSeconds(1) : coalesce;
    context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, now -> draftDue(now));
  }

  @Override
  public void process(Record<String, IssueEvent> r) {
    try (var logged = MDC.putCloseable("issue", r.key())) {
      processEvent(r);
    }
  }

  private void processEvent(Record<String, IssueEvent> r) {
    String issueId = r.key();
    IssueEvent event = r.value();
    var known = calendar.byId(issueId);
    if (known.isEmpty() && event.edit() != null && event.edit().id() != null) {
      context.forward(r.withValue(IssueOutput.of(EditResult.refused(event.edit(), 0,
          "没有第 " + issueId + " 期：它不在出刊计划中。", now()))));
      return;
    }
    IssuePlan plan = known.orElseThrow(() -> new IllegalArgumentException(
        "issue " + issueId + " is not in the profile's schedule"));
    OpenIssue issue = load(issueId);
    IssueState state = issue.stored.state();
    if (event.item() != null) {
      ClassifiedAnnouncement item = event.item();
      if (state.status() == DraftStatus.PUBLISHED) {
        String next = calendar.next(plan).issueId();
        LOG.info("item {} ({}) reached issue {} after it was published: it goes to issue {}", item.id(), item.title(),
            issueId, next);
        context.forward(r.withKey(next).withValue(IssueOutput.carry(item, next)));
        return;
      }
      if (event.printedBefore() != null) {
        keep(issueId, issue, item, false); // set aside, never printed: the issue's content stays as it is
        state = state.printedBefore(item.id(), event.printedBefore());
      } else {
        keep(issueId, issue, item, state.frozen() || issue.late.containsKey(item.id()));
        state = state.counted();
      }
    } else if (event.edit() != null) {
      Edit edit = event.edit();
      try {
        state = state.withEdit(edit);
        if (edit.action() == EditAction.TAKE_IN) {
          takeIn(issueId, issue, edit);
        }
      } catch (EditRefused refused) {
        if (edit.id() == null) {
          throw refused; // an edit without an id has nobody waiting for its verdict: assembler.dlq
        }
        LOG.info("{} on issue {} by {} refused: {}", edit.action().wireName(), issueId, edit.by(), refused.getMessage());
        context.forward(r.withValue(IssueOutput.of(EditResult.refused(edit, state.revision(), refused.getMessage(),
            now()))));
        return;
      }
      ClassifiedAnnouncement moved = edit.action() == EditAction.MOVE ? issue.items.get(edit.itemId()) : null;
      if (moved != null) {
        context.forward(r.withValue(IssueOutput.of(example(edit, moved))));
      }
      if (edit.id() != null) {
        context.forward(r.withValue(IssueOutput.of(EditResult.applied(edit, state.revision(), now()))));
      }
    } else {
      throw new IllegalArgumentException("an issue event for " + issueId + " carries neither an item nor an edit");
    }
    issue.stored = new StoredIssue(state, issue.stored.draftedRevision());
    issues.put(issueId, issue.stored);
    long now = context.currentSystemTimeMs();
    if (issue.due(now, coalesce) || state.status() == DraftStatus.PUBLISHED) {
      emit(issueId, plan, issue, r.timestamp(), now);
    } else {
      issue.dirty = true;
    }
  }

  /** Keeps the latest revision of {@code item}: in the issue, or, once it is submitted, among the late arrivals. */
  private void keep(String issueId, OpenIssue issue, ClassifiedAnnouncement item, boolean late) {
    Map<String, ClassifiedAnnouncement> into = late ? issue.late : issue.items;
    ClassifiedAnnouncement earlier = into.get(item.id());
    if (earlier == null || earlier.revision() <= item.revision()) {
      into.put(item.id(), item);
      items.put(late ? lateKey(issueId, item.id()) : itemKey(issueId, item.id()), item);
    }
  }

  /** An editor takes an item that arrived after submission into the issue, which was sent back since. */
  private void takeIn(String issueId, OpenIssue issue, Edit edit) {
    ClassifiedAnnouncement item = issue.late.remove(edit.itemId());
    if (item == null) {
      throw new EditRefused("第 " + issueId + " 期没有提交后到达的条目 " + edit.itemId() + "（可能已被采用）。");
    }
    items.delete(lateKey(issueId, item.id()));
    issue.items.put(item.id(), item);
    items.put(itemKey(issueId, item.id()), item);
  }

  private java.time.Instant now() {
    return java.time.Instant.ofEpochMilli(context.currentSystemTimeMs());
  }

  /** Drafts the issues changed since their last draft; after a start, also those stored ahead of it. */
  private void draftDue(long now) {
    if (!recovered) {
      recovered = true;
      try (var all = issues.all()) {
        while (all.hasNext()) {
          var kv = all.next();
          if (kv.value != null && kv.value.state() != null && kv.value.state().revision() > kv.value.draftedRevision()
              && kv.value.state().status() != DraftStatus.PUBLISHED && calendar.byId(kv.key).isPresent()) {
            load(kv.key).dirty = true;
          }
        }
      }
    }
    for (var e : new ArrayList<>(open.entrySet())) {
      if (e.getValue().dirty && e.getValue().due(now, coalesce)) {
        emit(e.getKey(), calendar.byId(e.getKey()).orElseThrow(), e.getValue(), now, now);
      }
    }
  }

  private void emit(String issueId, IssuePlan plan, OpenIssue issue, long timestamp, long now) {
    IssueState state = issue.stored.state();
    long t0 = System.nanoTime();
    Draft draft = DraftMetrics.record(drafts.build(plan, state, issue.items.values(), issue.late.values()));
    issue.buildMs = (System.nanoTime() - t0) / 1_000_000;
    context.forward(new Record<>(issueId, IssueOutput.of(draft), timestamp));
    issue.stored = new StoredIssue(state, state.revision());
    issues.put(issueId, issue.stored);
    issue.dirty = false;
    issue.draftedAtMs = now;
    if (state.status() == DraftStatus.PUBLISHED) {
      carryLate(issueId, plan, issue, timestamp);
      forget(issueId, issue);
    }
  }

  /** The items that arrived after submission go to the next issue once this one is published. */
  private void carryLate(String issueId, IssuePlan plan, OpenIssue issue, long timestamp) {
    String next = calendar.next(plan).issueId();
    for (ClassifiedAnnouncement item : issue.late.values()) {
      items.delete(lateKey(issueId, item.id()));
      if (!issue.items.containsKey(item.id())) { // a later revision of an item this issue had is not news
        context.forward(new Record<>(next, IssueOutput.carry(item, next), timestamp));
      }
    }
    if (!issue.late.isEmpty()) {
      LOG.info("issue {} is published: {} items that arrived after its submission go to issue {}", issueId,
          issue.late.size(), next);
    }
    issue.late.clear();
  }

  /** A published issue is frozen: its items leave the store and memory (its final draft is on bulletin.published). */
  private void forget(String issueId, OpenIssue issue) {
    List<String> ids = new ArrayList<>(issue.items.keySet());
    ids.forEach(id -> items.delete(itemKey(issueId, id)));
    issue.items.clear();
    open.remove(issueId);
    LOG.info("issue {} is published: its {} items are no longer kept", issueId, ids.size());
  }

  private OpenIssue load(String issueId) {
    OpenIssue issue = open.get(issueId);
    if (issue != null) {
      return issue;
    }
    issue = new OpenIssue();
    StoredIssue stored = issues.get(issueId);
    if (stored != null && stored.state() == null) {
      throw new IllegalStateException("issue " + issueId + "'s stored state was written by an older assembler, which "
          + "kept items inside it: start the assembler under a new streams.application-id, which drafts every issue "
          + "again from announcements.classified and bulletin.edits");
    }
    issue.stored = stored == null ? new StoredIssue(IssueState.empty(), 0) : stored;
    try (var it = items.prefixScan(issueId + SEPARATOR, new StringSerializer())) {
      while (it.hasNext()) {
        var kv = it.next();
        if (kv.value != null) {
          issue.items.put(kv.value.id(), kv.value);
        }
      }
    }
    try (var it = items.prefixScan(issueId + LATE, new StringSerializer())) {
      while (it.hasNext()) {
        var kv = it.next();
        if (kv.value != null) {
          issue.late.put(kv.value.id(), kv.value);
        }
      }
    }
    open.put(issueId, issue);
    return issue;
  }

  private static String itemKey(String issueId, String itemId) {
    return issueId + SEPARATOR + itemId;
  }

  private static String lateKey(String issueId, String itemId) {
    return issueId + LATE + itemId;
  }

  static LabelledExample example(Edit move, ClassifiedAnnouncement item) {
    return new LabelledExample(1, item.id(), item.title(), item.text(), item.sourceName(), item.sourceLevel(),
        move.section(), move.by(), move.at());
  }
}

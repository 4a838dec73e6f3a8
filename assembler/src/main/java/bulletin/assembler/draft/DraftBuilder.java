package bulletin.assembler.draft;

import bulletin.assembler.issue.IssuePlan;
import bulletin.assembler.issue.IssueState;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.SetAside;
import bulletin.common.record.SourceLevel;
import bulletin.common.record.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an issue's state into its draft: each item in its section (the editor's move first, else
 * the classifier's), near-duplicates merged into one story that cites every source and goes to the
 * section of its most authoritative report (部门动态's dated lines merge only among themselves), sections in the profile's order, each within its quota, stories ranked by the source's
 * authority, salience, the classifier's confidence and recency; everything left out is listed
 * with the reason.
 */
public final class DraftBuilder {
  /** At most this many set-aside items are listed in a draft, those over a quota first. */
  public static final int SET_ASIDE_LISTED = bulletin.common.record.Draft.SET_ASIDE_LISTED;
  /** Fingerprints remembered between builds (about 1.5 KiB each), so a draft update fingerprints only what is new. */
  static final int FINGERPRINTS_KEPT = 200_000;

  private final BulletinProfile profile;
  private final BulletinStyle style;
  private final Map<String, NearDuplicates.Fingerprint> fingerprints = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NearDuplicates.Fingerprint> eldest) {
          return size() > FINGERPRINTS_KEPT;
        }
      });

  /** Open issues whose stories are kept between builds; an issue beyond them is grouped again at its next build. */
  static final int ISSUES_KEPT = 8;

  /** Per issue and kind of section (summary or dated), its reports grouped into stories. */
  private final Map<String, StoryIndex<String>> storyIndexes = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryIndex<String>> eldest) {
          return size() > ISSUES_KEPT * Section.Layout.values().length;
        }
      });

  private final Map<String, java.time.LocalDate> publishedDates = new java.util.concurrent.ConcurrentHashMap<>();

  public DraftBuilder(BulletinProfile profile, BulletinStyle style) {
    this.profile = profile;
    this.style = style;
  }

  /** The draft of an issue whose state holds its items. */
  public Draft build(IssuePlan plan, IssueState state) {
    return build(plan, state, state.items().values());
  }

  /** The draft of an issue from its edits ({@code state}) and its items, kept apart. */
  public Draft build(IssuePlan plan, IssueState state, java.util.Collection<ClassifiedAnnouncement> candidates) {
    return build(plan, state, candidates, List.of());
  }

  /**
   * The draft of an issue from its edits ({@code state}), its items, and the items that arrived
   * after its submission ({@code late}), which it lists but does not print.
   */
  public Draft build(IssuePlan plan, IssueState state, java.util.Collection<ClassifiedAnnouncement> candidates,
      java.util.Collection<ClassifiedAnnouncement> late) {
    Map<String, List<Story>> bySection = new LinkedHashMap<>();
    Map<String, Section.Layout> layouts = new java.util.HashMap<>();
    profile.sections().forEach(s -> {
      bySection.put(s.title(), new ArrayList<>());
      layouts.put(s.title(), s.layout());
    });
    List<SetAside> setAside = new ArrayList<>();
    List<SetAside> overQuota = new ArrayList<>();
    List<ClassifiedAnnouncement> placeable = new ArrayList<>();
    for (ClassifiedAnnouncement item : candidates) {
      String section = sectionOf(item, state);
      String printedBefore = state.printedBefore().get(item.id());
      if (printedBefore != null) {
        setAside.add(new SetAside(item.id(), item.title(), printedBefore));
      } else if (section == null) {
        setAside.add(new SetAside(item.id(), item.title(), "off-topic (classifier)"));
      } else if (!bySection.containsKey(section)) {
        setAside.add(new SetAside(item.id(), item.title(), "section " + section + " is not in the profile"));
      } else if (!plan.covers(publishedDate(item))) {
        setAside.add(new SetAside(item.id(), item.title(), "published " + item.publishedAt()
            + ", outside this issue's window " + plan.windowStart() + " to " + plan.date()));
      } else {
        placeable.add(item);
      }
    }
    // One story per news item across the summary sections: it goes to the section of its most
    // authoritative report. A dated section (部门动态) records the bureau's own doings and keeps its
    // lines even when another section prints the news (the model issue does both), so its items
    // are merged only among themselves.
    Map<Section.Layout, List<ClassifiedAnnouncement>> byLayout = new java.util.EnumMap<>(Section.Layout.class);
    for (ClassifiedAnnouncement item : placeable) {
      byLayout.computeIfAbsent(layouts.get(sectionOf(item, state)), k -> new ArrayList<>()).add(item);
    }
    // Editors act on stories: a drop, move, rewrite or place given through any report holds for all.
    Map<Story, StoryEdits> storyEdits = new java.util.IdentityHashMap<>();
    for (var group : byLayout.entrySet()) {
      for (Story story : stories(plan.issueId() + "/" + group.getKey(), group.getValue(), plan)) {
        StoryEdits edits = StoryEdits.of(story.items().stream().map(ClassifiedAnnouncement::id).toList(), state);
        // A story's section is in the profile: its move is one of its reports' moves, and every
        // report placed was of a section in the profile, moved or not.
        String section = edits.section() != null ? edits.section() : story.lead().section();
        if (edits.dropped()) {
          story.items().forEach(a -> setAside.add(new SetAside(a.id(), a.title(), "dropped by an editor")));
        } else {
          bySection.get(section).add(story);
          storyEdits.put(story, edits);
        }
      }
    }
    List<DraftSection> sections = new ArrayList<>();
    List<bulletin.common.record.PrintedReport> printedReports = new ArrayList<>();
    for (Section s : profile.sections()) {
      List<Story> stories = best(bySection.get(s.title()), s.quota() + SET_ASIDE_LISTED);
      List<Story> chosen = stories.subList(0, Math.min(s.quota(), stories.size()));
      // Only the first SET_ASIDE_LISTED set-aside items are listed; a large issue has many more over its quotas.
      for (Story over : stories.subList(chosen.size(), stories.size())) {
        if (overQuota.size() >= SET_ASIDE_LISTED) {
          break;
        }
        for (ClassifiedAnnouncement a : over.items()) {
          overQuota.add(new SetAside(a.id(), a.title(), "over the quota of " + s.quota() + " for " + s.title()));
        }
      }
      List<Story> printed = new ArrayList<>(chosen);
      if (state.status() == bulletin.common.record.DraftStatus.PUBLISHED) {
        printed.forEach(st -> st.items().forEach(a -> printedReports.add(fingerprint(a).printed(a.id()))));
      }
      if (s.layout() == Section.Layout.DATED) {
        printed.sort(Comparator.comparing((Story st) -> st.lead().publishedAt()).thenComparing(st -> st.lead().id()));
      }
      List<DraftItem> items = new ArrayList<>();
      Map<DraftItem, Integer> positions = new java.util.IdentityHashMap<>();
      for (Story st : printed) {
        StoryEdits edits = storyEdits.get(st);
        DraftItem item = rewritten(item(s, st), edits.rewrite());
        items.add(item);
        if (edits.position() != null) {
          positions.put(item, edits.position());
        }
      }
      for (IssueState.Addition a : state.additions().values()) {
        if (a.section().equals(s.title()) && !state.drops().contains(a.id())) {
          DraftItem item = rewritten(new DraftItem(a.headline(), a.body(), List.of(a.id()), List.of(), 1.0),
              state.rewrites().get(a.id()));
          items.add(item);
          if (state.positions().containsKey(a.id())) {
            positions.put(item, state.positions().get(a.id()));
          }
        }
      }
      sections.add(new DraftSection(s.title(), placed(items, positions)));
    }
    for (IssueState.Addition a : state.additions().values()) {
      if (!bySection.containsKey(a.section())) {
        setAside.add(new SetAside(a.id(), a.headline(), "section " + a.section() + " is not in the profile"));
      }
    }
    overQuota.addAll(setAside);
    List<SetAside> listed = overQuota.subList(0, Math.min(SET_ASIDE_LISTED, overQuota.size()));
    Map<String, String> footer = new LinkedHashMap<>();
    state.fields().forEach((k, v) -> {
      if (k.startsWith("footer.")) {
        footer.put(k.substring("footer.".length()), v);
      }
    });
    int number = state.fields().containsKey("masthead.number") ? Integer.parseInt(state.fields().get("masthead.number"))
        : plan.number();
    java.time.LocalDate date = state.fields().containsKey("masthead.date")
        ? java.time.LocalDate.parse(state.fields().get("masthead.date")) : plan.date();
    List<SetAside> lateArrivals = late.stream().limit(SET_ASIDE_LISTED)
        .map(a -> new SetAside(a.id(), a.title(), "提交审核后到达（" + a.sourceName() + "，" + a.publishedAt()
            + "）：留待下一期，或退回后由编辑采用")).toList();
    return new Draft(Draft.SCHEMA, plan.issueId(), number, plan.date().getYear(), date,
        state.status(), state.revision(), sections, candidates.size(), listed, state.comment(), footer,
        state.approvedRevision(), state.approvedBy(), lateArrivals, printedReports);
  }

  /** The item in an editor's words, when one rewrote it. */
  private static DraftItem rewritten(DraftItem item, IssueState.Rewrite r) {
    return r == null ? item : new DraftItem(r.headline() == null ? item.headline() : r.headline(),
        r.body() == null ? item.body() : r.body(), item.itemIds(), item.sources(), item.confidence());
  }

  /** The items with those an editor placed moved to their places, the others keeping their order. */
  static List<DraftItem> placed(List<DraftItem> items, Map<DraftItem, Integer> positions) {
    List<DraftItem> placed = items.stream().filter(positions::containsKey)
        .sorted(Comparator.comparingInt(positions::get)).toList();
    if (placed.isEmpty()) {
      return items;
    }
    List<DraftItem> out = new ArrayList<>(items);
    out.removeIf(positions::containsKey);
    for (DraftItem i : placed) {
      out.add(Math.min(positions.get(i), out.size()), i);
    }
    return out;
  }

  /**
   * One news item as the draft prints it: the reports of it that sites published, the most
   * authoritative first, which the draft's text is written from.
   */
  record Story(List<ClassifiedAnnouncement> items, double score) {
    ClassifiedAnnouncement lead() {
      return items.get(0);
    }
  }

  /** The section an item is printed in: the editor's move, else the classifier's. */
  private static String sectionOf(ClassifiedAnnouncement item, IssueState state) {
    return state.moves().getOrDefault(item.id(), item.section());
  }

  /**
   * The candidates merged into stories, unranked ({@link #best} ranks a section's). The stories of
   * the issue's earlier build are kept: new candidates join them, and only when a candidate left
   * (dropped out of the window, moved to the other kind of section, revised) is the group built again.
   */
  private List<Story> stories(String group, List<ClassifiedAnnouncement> candidates, IssuePlan plan) {
    Map<String, ClassifiedAnnouncement> byKey = new java.util.HashMap<>();
    candidates.forEach(a -> byKey.put(key(a), a));
    List<List<String>> clusters;
    StoryIndex<String> index = storyIndexes.computeIfAbsent(group, k -> new StoryIndex<>());
    synchronized (index) {
      if (!index.holdsOnly(byKey.keySet())) {
        index = new StoryIndex<>();
        storyIndexes.put(group, index);
      }
      for (var report : byKey.entrySet()) {
        if (!index.holds(report.getKey())) {
          index.add(report.getKey(), fingerprint(report.getValue()));
        }
      }
      clusters = index.stories();
    }
    List<Story> stories = new ArrayList<>();
    for (List<String> cluster : clusters) {
      List<ClassifiedAnnouncement> reports = new ArrayList<>(cluster.size());
      cluster.forEach(k -> reports.add(byKey.get(k)));
      reports.sort(AUTHORITY);
      stories.add(new Story(List.copyOf(reports), score(reports, publishedDate(reports.get(0)), plan)));
    }
    return stories;
  }

  /** Stories ranked: the higher score first, then by the lead report's id. */
  static final Comparator<Story> RANK = Comparator.comparingDouble(Story::score).reversed()
      .thenComparing(st -> st.lead().id());

  /**
   * The {@code k} best stories, best first. A section of a large issue holds many more stories than
   * it prints or lists, so only those scoring at least the k-th best score are sorted.
   */
  static List<Story> best(List<Story> stories, int k) {
    List<Story> out;
    if (stories.size() <= k) {
      out = new ArrayList<>(stories);
    } else {
      double[] scores = new double[stories.size()];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = stories.get(i).score();
      }
      java.util.Arrays.sort(scores);
      double least = scores[scores.length - k];
      out = new ArrayList<>();
      for (Story st : stories) {
        if (st.score() >= least) {
          out.add(st);
        }
      }
    }
    out.sort(RANK);
    return out.size() > k ? out.subList(0, k) : out;
  }

  /** An item's publication date, read once per distinct {@code publishedAt}. */
  private java.time.LocalDate publishedDate(ClassifiedAnnouncement a) {
    if (publishedDates.size() > FINGERPRINTS_KEPT) {
      publishedDates.clear();
    }
    return publishedDates.computeIfAbsent(a.publishedAt(), k -> a.publishedDate());
  }

  /** What identifies a report's text: its id, revision and content. */
  private static String key(ClassifiedAnnouncement a) {
    return a.id() + "@" + a.revision() + "@" + a.contentHash();
  }

  /** An item's fingerprint, made once per revision. */
  private NearDuplicates.Fingerprint fingerprint(ClassifiedAnnouncement a) {
    String key = key(a);
    NearDuplicates.Fingerprint known = fingerprints.get(key);
    if (known == null) {
      known = NearDuplicates.Fingerprint.of(a.title(), a.text());
      fingerprints.put(key, known);
    }
    return known;
  }

  /**
   * Authority of the lead source (leadership 4 … peer 0), salience (0.5 for each further site that
   * reported it), the classifier's confidence (0..1) and recency (0..1 across the window).
   */
  static double score(List<ClassifiedAnnouncement> reports, java.time.LocalDate published, IssuePlan plan) {
    ClassifiedAnnouncement lead = reports.get(0);
    double authority = SourceLevel.values().length - 1 - lead.sourceLevel().ordinal();
    double salience = 0.5 * (reports.size() - 1);
    long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(plan.windowStart(), plan.date()));
    long age = java.time.temporal.ChronoUnit.DAYS.between(published, plan.date());
    double recency = Math.max(0, 1 - age / (double) span);
    return authority + salience + lead.confidence() + recency;
  }

  private DraftItem item(Section s, Story story) {
    ClassifiedAnnouncement lead = story.lead();
    List<String> ids = story.items().stream().map(ClassifiedAnnouncement::id).toList();
    List<SourceRef> sources = story.items().stream().map(a -> new SourceRef(a.sourceName(), a.url())).distinct().toList();
    if (s.layout() == Section.Layout.DATED) {
      return new DraftItem(style.datedLine(lead), "", ids, sources, lead.confidence());
    }
    return new DraftItem(style.headline(lead), style.summary(lead), ids, sources, lead.confidence());
  }

  /** The most authoritative report first; then the more confident, the earlier, and by id. */
  static final Comparator<ClassifiedAnnouncement> AUTHORITY = Comparator
      .comparingInt((ClassifiedAnnouncement a) -> a.sourceLevel().ordinal())
      .thenComparing(ClassifiedAnnouncement::confidence, Comparator.reverseOrder())
      .thenComparing(ClassifiedAnnouncement::publishedAt)
      .thenComparing(ClassifiedAnnouncement::id);
}

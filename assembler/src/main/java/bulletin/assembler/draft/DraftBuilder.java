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
 * the classifier's), sections in the profile's order, each within its quota, ranked by the
 * source's authority, the classifier's confidence and recency; everything left out is listed with
 * the reason.
 */
public final class DraftBuilder {
  private final BulletinProfile profile;
  private final BulletinStyle style;

  public DraftBuilder(BulletinProfile profile, BulletinStyle style) {
    this.profile = profile;
    this.style = style;
  }

  public Draft build(IssuePlan plan, IssueState state) {
    Map<String, List<ClassifiedAnnouncement>> bySection = new LinkedHashMap<>();
    profile.sections().forEach(s -> bySection.put(s.title(), new ArrayList<>()));
    List<SetAside> setAside = new ArrayList<>();
    for (ClassifiedAnnouncement item : state.items().values()) {
      String section = state.moves().getOrDefault(item.id(), item.section());
      if (state.drops().contains(item.id())) {
        setAside.add(new SetAside(item.id(), item.title(), "dropped by an editor"));
      } else if (section == null) {
        setAside.add(new SetAside(item.id(), item.title(), "off-topic (classifier)"));
      } else if (!bySection.containsKey(section)) {
        setAside.add(new SetAside(item.id(), item.title(), "section " + section + " is not in the profile"));
      } else if (!plan.covers(item.publishedDate())) {
        setAside.add(new SetAside(item.id(), item.title(), "published " + item.publishedAt()
            + ", outside this issue's window " + plan.windowStart() + " to " + plan.date()));
      } else {
        bySection.get(section).add(item);
      }
    }
    List<DraftSection> sections = new ArrayList<>();
    for (Section s : profile.sections()) {
      List<ClassifiedAnnouncement> candidates = bySection.get(s.title());
      candidates.sort(RANK);
      List<ClassifiedAnnouncement> chosen = candidates.subList(0, Math.min(s.quota(), candidates.size()));
      for (ClassifiedAnnouncement over : candidates.subList(chosen.size(), candidates.size())) {
        setAside.add(new SetAside(over.id(), over.title(), "over the quota of " + s.quota() + " for " + s.title()));
      }
      List<ClassifiedAnnouncement> printed = new ArrayList<>(chosen);
      if (s.layout() == Section.Layout.DATED) {
        printed.sort(Comparator.comparing(ClassifiedAnnouncement::publishedAt).thenComparing(ClassifiedAnnouncement::id));
      }
      sections.add(new DraftSection(s.title(), printed.stream().map(a -> item(s, a)).toList()));
    }
    return new Draft(Draft.SCHEMA, plan.issueId(), plan.number(), plan.date().getYear(), plan.date(),
        state.status(), state.revision(), sections, state.items().size(), setAside);
  }

  private DraftItem item(Section s, ClassifiedAnnouncement a) {
    List<SourceRef> sources = List.of(new SourceRef(a.sourceName(), a.url()));
    if (s.layout() == Section.Layout.DATED) {
      return new DraftItem(style.datedLine(a), "", List.of(a.id()), sources, a.confidence());
    }
    return new DraftItem(style.headline(a), style.summary(a), List.of(a.id()), sources, a.confidence());
  }

  /** Higher authority first, then higher confidence, then the newer, then by id for a stable order. */
  static final Comparator<ClassifiedAnnouncement> RANK = Comparator
      .comparingInt((ClassifiedAnnouncement a) -> authority(a.sourceLevel()))
      .thenComparing(ClassifiedAnnouncement::confidence, Comparator.reverseOrder())
      .thenComparing(ClassifiedAnnouncement::publishedAt, Comparator.reverseOrder())
      .thenComparing(ClassifiedAnnouncement::id);

  private static int authority(SourceLevel level) {
    return level.ordinal(); // leadership first, peer last
  }
}

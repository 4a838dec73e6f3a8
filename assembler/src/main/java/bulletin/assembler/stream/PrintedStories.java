package bulletin.assembler.stream;

import bulletin.assembler.draft.NearDuplicates;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.PrintedReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stories published issues printed, by fingerprint: recognises a repost of one of them on
 * another site, whose reason to be set aside names the issue that printed it. Each published
 * issue's fingerprints are decoded once per revision of its record.
 */
final class PrintedStories {
  private record Printed(long revision, String reason, List<NearDuplicates.Fingerprint> reports) {}

  private final Map<String, Printed> byIssue = new HashMap<>();

  /** Why {@code item} is not printed again, when a published issue among {@code published} printed its story. */
  Optional<String> reasonFor(ClassifiedAnnouncement item, Iterable<Draft> published) {
    NearDuplicates.Fingerprint print = null;
    for (Draft issue : published) {
      Printed printed = byIssue.get(issue.issueId());
      if (printed == null || printed.revision() != issue.revision()) {
        List<NearDuplicates.Fingerprint> reports = new ArrayList<>();
        for (PrintedReport r : issue.printed()) {
          reports.add(NearDuplicates.Fingerprint.of(r));
        }
        printed = new Printed(issue.revision(), "已于第 " + issue.number() + " 期刊发（" + issue.year() + " 年）", reports);
        byIssue.put(issue.issueId(), printed);
      }
      if (printed.reports().isEmpty()) {
        continue;
      }
      if (print == null) {
        print = NearDuplicates.Fingerprint.of(item.title(), item.text());
      }
      for (NearDuplicates.Fingerprint report : printed.reports()) {
        if (print.sameStory(report)) {
          return Optional.of(printed.reason());
        }
      }
    }
    return Optional.empty();
  }
}

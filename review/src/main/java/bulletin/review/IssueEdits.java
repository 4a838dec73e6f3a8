package bulletin.review;

import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.FieldRules;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.EditResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issue page's forms: each action, checked against the user's role, becomes an Edit on
 * {@code bulletin.edits}, and the answer is the assembler's verdict on it.
 */
final class IssueEdits {
  private static final Logger LOG = LoggerFactory.getLogger(IssueEdits.class);
  private static final Set<EditAction> EDITOR_ACTIONS = Set.of(EditAction.MOVE, EditAction.DROP, EditAction.REWRITE,
      EditAction.REORDER, EditAction.ADD, EditAction.SUBMIT, EditAction.TAKE_IN);
  private static final Set<EditAction> REVIEWER_ACTIONS = Set.of(EditAction.APPROVE, EditAction.REJECT, EditAction.PUBLISH);
  /** How long the app waits for the assembler's verdict on an edit before it says the edit is still pending. */
  static final Duration VERDICT_WAIT = Duration.ofSeconds(10);

  private final ReviewStore store;
  private final BulletinProfile profile;
  private final KafkaProducer<String, Edit> edits;
  private final Clock clock;

  IssueEdits(ReviewStore store, BulletinProfile profile, KafkaProducer<String, Edit> edits, Clock clock) {
    this.store = store;
    this.profile = profile;
    this.edits = edits;
    this.clock = clock;
  }

  /** Answers a post of an issue page's forms by the user of {@code s} on the draft {@code d}. */
  void handle(Context ctx, Sessions.Session s, Draft d) {
    if ("fields".equals(ctx.formParam("action"))) {
      fields(ctx, s, d);
      return;
    }
    EditAction action;
    try {
      action = EditAction.parse(Optional.ofNullable(ctx.formParam("action")).orElse(""));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, "未知的操作。");
    }
    Set<EditAction> allowed = switch (s.user().role()) {
      case EDITOR -> EDITOR_ACTIONS;
      case REVIEWER -> REVIEWER_ACTIONS;
      case FEEDS -> Set.of();
    };
    if (!allowed.contains(action)) {
      throw new BadRequest(403, s.user().role().label() + "不能执行“" + action.wireName() + "”。");
    }
    if (d.status() == DraftStatus.PUBLISHED) {
      throw new BadRequest(409, "本期已发布，不能再修改。");
    }
    String itemId = action == EditAction.ADD ? "added-" + UUID.randomUUID().toString().substring(0, 8)
        : blankToNull(ctx.formParam("itemId"));
    Integer position = action != EditAction.REORDER ? null
        : Math.max(0, number(Optional.ofNullable(ctx.formParam("position")).orElse("1"), "位置应是数字。").intValue() - 1);
    Long seen = ctx.formParam("revision") == null ? null : number(ctx.formParam("revision"), "修订号应是数字。");
    Edit edit;
    try {
      edit = new Edit(Edit.SCHEMA, d.issueId(), s.user().name(), clock.instant(), action, itemId,
          blankToNull(ctx.formParam("section")), blankToNull(ctx.formParam("headline")), ctx.formParam("body"), position,
          blankToNull(ctx.formParam("comment")), newEditId(), seen);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(400, "缺少必要的内容：" + e.getMessage());
    }
    LOG.info("{} {} on issue {}{}", s.user().name(), action.wireName(), d.issueId(), itemId == null ? "" : " item " + itemId);
    answer(ctx, s, d, List.of(edit));
  }

  private static Long number(String text, String problem) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(400, problem);
    }
  }

  /**
   * Sends the edits and answers with the assembler's verdicts: a redirect to the page that shows
   * them once all were applied, the page with the reasons (409) when one was refused, the page
   * saying they are pending (202) when the assembler has not answered in time.
   */
  private void answer(Context ctx, Sessions.Session s, Draft d, List<Edit> sent) {
    List<String> ids = sent.stream().map(Edit::id).toList();
    boolean allApplied = true;
    try {
      for (Edit edit : sent) {
        edits.send(new ProducerRecord<>(Topics.BULLETIN_EDITS.name(), edit.issueId(), edit)).get();
      }
      for (Edit edit : sent) {
        allApplied &= store.awaitResult(edit.id(), VERDICT_WAIT).map(EditResult::applied).orElse(false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadRequest(503, "操作被中断，请重试。");
    } catch (ExecutionException e) {
      throw new BadRequest(503, "暂时无法保存（Kafka 不可用），请稍后重试。");
    }
    if (allApplied) {
      ctx.redirect("/issues/" + d.issueId() + "?edit=" + String.join(",", ids), HttpStatus.SEE_OTHER);
      return;
    }
    Notice notice = Notice.of(ids, store);
    Notice shown = notice.isRefusal() ? new Notice(notice.saved(), notice.errors(), notice.waiting(), typedFields(ctx))
        : notice;
    Pages.send(ctx, notice.isRefusal() ? 409 : 202,
        Pages.issue(store.draft(d.issueId()).orElse(d), profile, store, s.user(), s.csrf(), shown));
  }

  private static Map<String, String> typedFields(Context ctx) {
    Map<String, String> typed = new LinkedHashMap<>();
    ctx.formParamMap().forEach((k, v) -> {
      if ((k.startsWith("masthead.") || k.startsWith("footer.")) && !v.isEmpty()) {
        typed.put(k, v.get(0));
      }
    });
    return typed;
  }

  private static String newEditId() {
    return UUID.randomUUID().toString();
  }

  /** The masthead and footer form: one edit per field that changed. */
  private void fields(Context ctx, Sessions.Session s, Draft d) {
    if (s.user().role() != Role.EDITOR) {
      throw new BadRequest(403, s.user().role().label() + "不能修改刊头与报送。");
    }
    if (d.status() != DraftStatus.DRAFTING) {
      throw new BadRequest(409, "本期不在编辑中，不能修改刊头与报送。");
    }
    var footer = profile.footer().with(d.footer());
    Map<String, String> current = new LinkedHashMap<>();
    current.put("masthead.number", Integer.toString(d.number()));
    current.put("masthead.date", d.date().toString());
    current.put("footer.reportTo", footer.reportTo());
    current.put("footer.sendTo", footer.sendTo());
    current.put("footer.editor", footer.editor());
    current.put("footer.reviewer", footer.reviewer());
    current.put("footer.phone", footer.phone());
    current.put("footer.copies", Integer.toString(footer.copies()));
    List<Edit> changed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (var e : current.entrySet()) {
      String value = blankToNull(ctx.formParam(e.getKey()));
      if (value == null || value.equals(e.getValue())) {
        continue;
      }
      String[] key = e.getKey().split("\\.");
      boolean masthead = key[0].equals("masthead");
      (masthead ? FieldRules.mastheadProblem(key[1], value) : FieldRules.footerProblem(key[1], value))
          .ifPresent(problems::add);
      changed.add(new Edit(Edit.SCHEMA, d.issueId(), s.user().name(), clock.instant(),
          masthead ? EditAction.MASTHEAD : EditAction.FOOTER, key[1], null, null, value, null, null, newEditId(), null));
    }
    if (!problems.isEmpty()) {
      // Checked where typed: nothing is sent, and the form comes back with the values and the reasons.
      Pages.send(ctx, 400, Pages.issue(d, profile, store, s.user(), s.csrf(),
          Notice.refusedForm(problems.stream().map(p -> "未保存：" + p + "。").toList(), typedFields(ctx))));
      return;
    }
    if (changed.isEmpty()) {
      Pages.send(ctx, 200, Pages.issue(d, profile, store, s.user(), s.csrf(),
          new Notice(List.of("刊头与报送没有改动。"), List.of(), List.of(), Map.of())));
      return;
    }
    answer(ctx, s, d, changed);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package bulletin.review;

import bulletin.render.HtmlRenderer;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.SetAside;
import bulletin.common.record.SourceRef;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The review app's pages, built as jsoup elements: every scraped or typed text goes in as a text
 * node and is escaped; links are kept only for http and https.
 */
public final class Pages {
  private static final String CSS = """
      body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f6f6f3; color: #222; }
      header { background: #a00; color: #fff; padding: 0.6em 1.2em; display: flex; justify-content: space-between; align-items: center; }
      header a, header button { color: #fff; }
      main { max-width: 60em; margin: 1em auto; background: #fff; padding: 1em 2em; }
      .message { background: #fff3cd; padding: 0.5em 1em; }
      .error { background: #f8d7da; padding: 0.5em 1em; }
      .item { border-left: 3px solid #ccc; padding: 0.3em 0.8em; margin: 0.8em 0; }
      .item .text { font-family: "FangSong", "仿宋", serif; font-size: 1.1em; }
      .meta { font-size: 0.85em; color: #555; }
      .low { color: #a00; font-weight: bold; }
      form.inline { display: inline; margin-right: 0.5em; }
      textarea { width: 100%; }
      table { border-collapse: collapse; } td, th { padding: 0.3em 0.8em; border-bottom: 1px solid #ddd; text-align: left; }
      .masthead { text-align: center; color: #c00; font-size: 2em; letter-spacing: 0.3em; }
      """;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private Pages() {}

  /** A page with the app's header; {@code user} null for the log-in page. */
  public static Document page(String title, Users.User user, String csrf) {
    Document doc = Document.createShell("");
    doc.selectFirst("html").attr("lang", "zh-CN");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("title").text(title + " · 科技简报审稿");
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    Element header = doc.body().appendElement("header");
    Element nav = header.appendElement("nav");
    nav.appendElement("a").attr("href", "/").text("科技简报 · 审稿");
    if (user != null && user.role() != Role.REVIEWER) {
      nav.appendText(" · ");
      nav.appendElement("a").attr("href", "/feeds").attr("id", "feeds").text("信息源");
    }
    if (user != null) {
      Element right = header.appendElement("span");
      right.appendText(user.name() + "（" + user.role().label() + "） ");
      Element logout = form(right, "/logout", csrf).addClass("inline");
      logout.appendElement("button").attr("type", "submit").attr("id", "logout").text("退出");
    }
    doc.body().appendElement("main");
    return doc;
  }

  public static Element main(Document doc) {
    return doc.selectFirst("main");
  }

  public static Element form(Element parent, String action, String csrf) {
    Element f = parent.appendElement("form").attr("method", "post").attr("action", action);
    f.appendElement("input").attr("type", "hidden").attr("name", "csrf").attr("value", csrf);
    return f;
  }

  static Document login(String csrf, String error) {
    Document doc = page("登录", null, csrf);
    Element main = main(doc);
    main.appendElement("h1").text("登录");
    if (error != null) {
      main.appendElement("p").addClass("error").text(error);
    }
    Element f = form(main, "/login", csrf);
    f.appendElement("p").appendElement("label").text("用户名 ").appendElement("input").attr("name", "name").attr("id", "name")
        .attr("autocomplete", "username").attr("required", "required");
    f.appendElement("p").appendElement("label").text("密码 ").appendElement("input").attr("type", "password")
        .attr("name", "password").attr("id", "password").attr("autocomplete", "current-password").attr("required", "required");
    f.appendElement("button").attr("type", "submit").attr("id", "login").text("登录");
    return doc;
  }

  static Document issues(List<Draft> drafts, Users.User user, String csrf) {
    Document doc = page("各期", user, csrf);
    Element main = main(doc);
    main.appendElement("h1").text("各期草稿");
    if (drafts.isEmpty()) {
      main.appendElement("p").text("还没有草稿：采集和分类后，草稿会出现在这里。");
      return doc;
    }
    Element table = main.appendElement("table");
    Element head = table.appendElement("tr");
    for (String h : List.of("期号", "日期", "状态", "条目", "修订")) {
      head.appendElement("th").text(h);
    }
    for (Draft d : drafts) {
      Element row = table.appendElement("tr");
      row.appendElement("td").appendElement("a").attr("href", "/issues/" + d.issueId()).text(d.year() + " 年第 " + d.number() + " 期");
      row.appendElement("td").text(d.date().toString());
      row.appendElement("td").text(statusLabel(d.status()));
      row.appendElement("td").text(Integer.toString(d.itemCount()));
      row.appendElement("td").text(Long.toString(d.revision()));
    }
    return doc;
  }

  static String statusLabel(DraftStatus s) {
    return switch (s) {
      case DRAFTING -> "编辑中";
      case IN_REVIEW -> "待审核";
      case APPROVED -> "已审核";
      case PUBLISHED -> "已发布";
    };
  }

  /** The draft as it will print, each item with its sources, confidence, reasons, merges, history and actions. */
  static Document issue(Draft d, BulletinProfile profile, ReviewStore store, Users.User user, String csrf, Notice notice) {
    Document doc = page(d.year() + " 年第 " + d.number() + " 期", user, csrf);
    Element main = main(doc);
    for (String line : notice.saved()) {
      main.appendElement("p").addClass("message").addClass("saved").text(line);
    }
    for (String line : notice.waiting()) {
      main.appendElement("p").addClass("message").addClass("waiting").text(line);
    }
    for (String line : notice.errors()) {
      main.appendElement("p").addClass("error").addClass("refused").attr("role", "alert").text(line);
    }
    main.appendElement("p").addClass("masthead").text(profile.masthead().title());
    main.appendElement("p").text("第 " + d.number() + " 期 · " + profile.masthead().publisher() + " · " + d.date()
        + " · 状态：" + statusLabel(d.status()) + " · 修订 " + d.revision()
        + (d.approvedBy() == null ? "" : " · " + d.approvedBy() + " 审核通过修订 " + d.approvedRevision()))
        .attr("id", "status");
    if (d.status() == DraftStatus.IN_REVIEW || d.status() == DraftStatus.APPROVED) {
      main.appendElement("p").addClass("meta").attr("id", "frozen")
          .text("本期已提交，内容已冻结：只有审核人退回后才能修改。之后到达的条目列在页末“提交后到达的条目”中。");
    }
    if (d.comment() != null) {
      main.appendElement("p").addClass("error").text("审核意见：" + d.comment());
    }
    boolean editable = user.role() == Role.EDITOR && d.status() == DraftStatus.DRAFTING;
    String base = "/issues/" + d.issueId();
    for (DraftSection s : d.sections()) {
      main.appendElement("h2").text("【" + s.title() + "】");
      int position = 0;
      for (DraftItem item : s.items()) {
        String itemId = item.itemIds().get(0);
        Element box = main.appendElement("div").addClass("item").attr("data-item", itemId);
        box.appendElement("div").addClass("text").text(item.headline() + item.body());
        Element meta = box.appendElement("div").addClass("meta");
        if (!item.sources().isEmpty()) {
          meta.appendText("来源：");
          for (SourceRef src : item.sources()) {
            link(meta, src);
          }
        } else {
          meta.appendText("编辑撰写 ");
        }
        Element conf = meta.appendElement("span").text(String.format("置信度 %.2f", item.confidence()));
        if (item.confidence() < 0.5) {
          conf.addClass("low");
        }
        ClassifiedAnnouncement c = store.item(itemId).orElse(null);
        if (c != null && !c.reasons().isEmpty()) {
          box.appendElement("div").addClass("meta").text("分类理由：" + String.join("；", c.reasons()));
        }
        if (item.itemIds().size() > 1) {
          Element merged = box.appendElement("div").addClass("meta").text("合并的重复报道：");
          for (String other : item.itemIds().subList(1, item.itemIds().size())) {
            merged.appendText(store.item(other).map(o -> "“" + o.title() + "”（" + o.sourceName() + "） ").orElse(other + " "));
          }
        }
        List<Edit> history = store.history(d.issueId(), item.itemIds());
        if (!history.isEmpty()) {
          Element h = box.appendElement("div").addClass("meta").text("修改记录：");
          for (Edit e : history) {
            h.appendText(TIME.format(e.at()) + " " + e.by() + " " + e.action().wireName()
                + (e.section() == null ? "" : " → " + e.section())
                + (e.itemId().equals(itemId) ? "" : "（经由报道 " + e.itemId() + "）") + "；");
          }
        }
        if (editable) {
          itemActions(box, base, itemId, item, s.title(), position, profile, csrf);
        }
        position++;
      }
    }
    if (!d.setAside().isEmpty()) {
      main.appendElement("h2").text("未采用的条目");
      for (SetAside a : d.setAside()) {
        Element box = main.appendElement("div").addClass("item").attr("data-item", a.itemId());
        box.appendElement("div").text(a.title());
        Element meta = box.appendElement("div").addClass("meta").text("原因：" + a.reason() + " ");
        store.item(a.itemId()).ifPresent(c -> link(meta, new SourceRef(c.sourceName(), c.url())));
        if (editable) {
          Element f = form(box, base + "/edit", csrf).addClass("inline");
          f.appendElement("input").attr("type", "hidden").attr("name", "action").attr("value", "move");
          f.appendElement("input").attr("type", "hidden").attr("name", "itemId").attr("value", a.itemId());
          sectionSelect(f, profile, store.item(a.itemId()).map(ClassifiedAnnouncement::section).orElse(null));
          f.appendElement("button").attr("type", "submit").text("恢复到此栏目");
        }
      }
      long placed = d.sections().stream().flatMap(s -> s.items().stream()).mapToLong(i -> i.itemIds().size()).sum();
      long unlisted = d.considered() - placed - d.setAside().size();
      if (unlisted > 0) {
        main.appendElement("p").addClass("meta").text("另有 " + unlisted + " 条未采用的条目未列出（每期最多列出 "
            + Draft.SET_ASIDE_LISTED + " 条，超出配额的在前）。");
      }
    }
    lateArrivals(main, base, d, user, store, csrf);
    workflow(main, base, d, user, profile, csrf, notice);
    Element downloads = main.appendElement("p").text("下载：");
    for (String format : List.of("docx", "html", "txt")) {
      downloads.appendElement("a").attr("href", base + "/download." + format).attr("id", "download-" + format)
          .text(format.toUpperCase()).after(" ");
    }
    return doc;
  }

  private static void itemActions(Element box, String base, String itemId, DraftItem item, String section,
      int position, BulletinProfile profile, String csrf) {
    Element move = form(box, base + "/edit", csrf).addClass("inline");
    hidden(move, "action", "move");
    hidden(move, "itemId", itemId);
    sectionSelect(move, profile, section);
    move.appendElement("button").attr("type", "submit").addClass("move").text("移至");
    Element drop = form(box, base + "/edit", csrf).addClass("inline");
    hidden(drop, "action", "drop");
    hidden(drop, "itemId", itemId);
    drop.appendElement("button").attr("type", "submit").addClass("drop").text("删除");
    Element order = form(box, base + "/edit", csrf).addClass("inline");
    hidden(order, "action", "reorder");
    hidden(order, "itemId", itemId);
    order.appendElement("input").attr("type", "number").attr("name", "position").attr("min", "1")
        .attr("value", Integer.toString(position + 1)).attr("style", "width:4em");
    order.appendElement("button").attr("type", "submit").text("排到第几条");
    Element details = box.appendElement("details");
    details.appendElement("summary").text("改写");
    Element rewrite = form(details, base + "/edit", csrf);
    hidden(rewrite, "action", "rewrite");
    hidden(rewrite, "itemId", itemId);
    rewrite.appendElement("textarea").attr("name", "headline").attr("rows", "2").text(item.headline());
    rewrite.appendElement("textarea").attr("name", "body").attr("rows", "5").text(item.body());
    rewrite.appendElement("button").attr("type", "submit").text("保存改写");
  }

  /** Items that arrived after submission: not in the issue; an editor may take them in once it is sent back. */
  private static void lateArrivals(Element main, String base, Draft d, Users.User user, ReviewStore store, String csrf) {
    if (d.lateArrivals().isEmpty()) {
      return;
    }
    Element list = main.appendElement("div").attr("id", "late");
    list.appendElement("h2").text("提交后到达的条目");
    list.appendElement("p").addClass("meta").text("这些条目在本期提交审核后才到达，不在本期内容中：本期发布后它们转入下一期；"
        + "本期被退回时，编辑可以把它们采用到本期。");
    for (SetAside a : d.lateArrivals()) {
      Element box = list.appendElement("div").addClass("item").attr("data-item", a.itemId());
      box.appendElement("div").text(a.title());
      Element meta = box.appendElement("div").addClass("meta").text(a.reason() + " ");
      store.item(a.itemId()).ifPresent(c -> link(meta, new SourceRef(c.sourceName(), c.url())));
      if (user.role() == Role.EDITOR && d.status() == DraftStatus.DRAFTING) {
        Element f = form(box, base + "/edit", csrf).addClass("inline");
        hidden(f, "action", "take_in");
        hidden(f, "itemId", a.itemId());
        f.appendElement("button").attr("type", "submit").addClass("take-in").text("采用到本期");
      }
    }
  }

  private static void workflow(Element main, String base, Draft d, Users.User user, BulletinProfile profile, String csrf,
      Notice notice) {
    Element box = main.appendElement("div").attr("id", "workflow");
    if (user.role() == Role.EDITOR && d.status() == DraftStatus.DRAFTING) {
      box.appendElement("h2").text("新增条目");
      Element add = form(box, base + "/edit", csrf);
      hidden(add, "action", "add");
      sectionSelect(add, profile, "部门动态");
      add.appendElement("textarea").attr("name", "headline").attr("rows", "2")
          .attr("placeholder", "如：3月25日，市科技局召开……。");
      add.appendElement("button").attr("type", "submit").text("新增");
      box.appendElement("h2").text("刊头与报送");
      Element fields = form(box, base + "/edit", csrf).attr("id", "fields");
      hidden(fields, "action", "fields");
      var footer = profile.footer().with(d.footer());
      var typed = notice.typed();
      field(fields, "masthead.number", "期号", typed.getOrDefault("masthead.number", Integer.toString(d.number())))
          .attr("pattern", "[1-9][0-9]{0,3}").attr("required", "required").attr("title", "1 到 9999 之间的整数");
      field(fields, "masthead.date", "日期", typed.getOrDefault("masthead.date", d.date().toString()))
          .attr("pattern", "[0-9]{4}-[0-9]{2}-[0-9]{2}").attr("required", "required").attr("title", "如 2021-03-25");
      field(fields, "footer.reportTo", "报", typed.getOrDefault("footer.reportTo", footer.reportTo()));
      field(fields, "footer.sendTo", "送", typed.getOrDefault("footer.sendTo", footer.sendTo()));
      field(fields, "footer.editor", "编辑", typed.getOrDefault("footer.editor", footer.editor()));
      field(fields, "footer.reviewer", "审核", typed.getOrDefault("footer.reviewer", footer.reviewer()));
      field(fields, "footer.phone", "电话", typed.getOrDefault("footer.phone", footer.phone()));
      field(fields, "footer.copies", "印数", typed.getOrDefault("footer.copies", Integer.toString(footer.copies())))
          .attr("pattern", "[0-9]{1,5}").attr("title", "整数");
      fields.appendElement("button").attr("type", "submit").attr("id", "save-fields").text("保存刊头与报送");
      Element submit = form(box, base + "/edit", csrf);
      hidden(submit, "action", "submit");
      submit.appendElement("button").attr("type", "submit").attr("id", "submit").text("提交审核");
    }
    if (user.role() == Role.REVIEWER && d.status() == DraftStatus.IN_REVIEW) {
      Element approve = form(box, base + "/edit", csrf).addClass("inline");
      hidden(approve, "action", "approve");
      hidden(approve, "revision", Long.toString(d.revision()));
      approve.appendElement("button").attr("type", "submit").attr("id", "approve").text("审核通过");
    }
    if (user.role() == Role.REVIEWER && (d.status() == DraftStatus.IN_REVIEW || d.status() == DraftStatus.APPROVED)) {
      Element reject = form(box, base + "/edit", csrf).addClass("inline");
      hidden(reject, "action", "reject");
      reject.appendElement("input").attr("name", "comment").attr("placeholder", "退回意见").attr("required", "required");
      reject.appendElement("button").attr("type", "submit").attr("id", "reject").text("退回修改");
    }
    if (user.role() == Role.REVIEWER && d.status() == DraftStatus.APPROVED) {
      Element publish = form(box, base + "/edit", csrf);
      hidden(publish, "action", "publish");
      publish.appendElement("button").attr("type", "submit").attr("id", "publish").text("发布");
    }
  }

  private static Element field(Element form, String name, String label, String value) {
    return form.appendElement("p").appendElement("label").text(label + " ").appendElement("input").attr("name", name)
        .attr("id", name).attr("value", value).attr("size", "60");
  }

  public static void hidden(Element form, String name, String value) {
    form.appendElement("input").attr("type", "hidden").attr("name", name).attr("value", value);
  }

  private static void sectionSelect(Element form, BulletinProfile profile, String selected) {
    Element select = form.appendElement("select").attr("name", "section");
    for (Section s : profile.sections()) {
      Element o = select.appendElement("option").attr("value", s.title()).text(s.title());
      if (s.title().equals(selected)) {
        o.attr("selected", "selected");
      }
    }
  }

  private static void link(Element parent, SourceRef src) {
    link(parent, src.name(), src.url());
  }

  /** {@code text} linking to {@code url} when it is an http or https address, else the text alone. */
  public static void link(Element parent, String text, String url) {
    if (HtmlRenderer.isWebLink(url)) {
      parent.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer").attr("target", "_blank")
          .text(text);
    } else {
      parent.appendText(text);
    }
    parent.appendText(" ");
  }

  /** Answers {@code ctx} with {@code page}. */
  public static void send(io.javalin.http.Context ctx, int status, Document page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result("<!DOCTYPE html>\n" + page.outerHtml());
  }

  static Document message(String title, String text, Users.User user, String csrf) {
    Document doc = page(title, user, csrf);
    main(doc).appendElement("h1").text(title);
    main(doc).appendElement("p").addClass("error").text(text);
    main(doc).appendElement("p").appendElement("a").attr("href", "/").text("返回");
    return doc;
  }
}

package bulletin.review.feeds;

import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceListing;
import bulletin.collector.suggest.ArticleReading;
import bulletin.collector.suggest.Candidate;
import bulletin.collector.suggest.Suggestion;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.profile.Section;
import bulletin.common.record.SourceLevel;
import bulletin.review.Pages;
import bulletin.review.Sessions;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The feeds page's pages, built as jsoup elements like the rest of the app: every scraped headline,
 * date, URL and column name goes in as text and is escaped, and only http and https links are kept.
 */
final class SourcePages {
  /** How many of a list's items a candidate shows. */
  static final int ITEMS_SHOWN = 8;

  private SourcePages() {}

  /** The first article of a list as the collector reads it, or why it could not be read. */
  record Trial(ArticleReading reading, URI url, String problem) {
    static Trial of(ArticleReading reading, URI url) {
      return new Trial(reading, url, null);
    }

    static Trial failed(String problem) {
      return new Trial(null, null, problem);
    }
  }

  /** The listed sources, each with its origin, state and actions, and the form that starts adding one. */
  static Document listing(SortedMap<String, SourceListing.Entry> listed, Sessions.Session s, String notice) {
    Document doc = Pages.page("信息源", s.user(), s.csrf());
    Element main = Pages.main(doc);
    if (notice != null) {
      main.appendElement("p").addClass("message").addClass("saved").text(notice);
    }
    main.appendElement("h1").text("添加信息源");
    main.appendElement("p").addClass("meta").text("填写栏目或首页的网址；网站拒绝访问时，可在浏览器中另存网页（HTML）后上传，"
        + "并仍填写它原来的网址（用来解析其中的链接）。系统会找出页面上的文章列表，供选择。");
    Element f = Pages.form(main, "/feeds/suggest", s.csrf()).attr("enctype", "multipart/form-data").attr("id", "suggest");
    f.appendElement("p").appendElement("label").text("网址 ").appendElement("input").attr("type", "url").attr("name", "url")
        .attr("id", "url").attr("required", "required").attr("size", "70").attr("placeholder", "https://kjj.ordos.gov.cn/");
    f.appendElement("p").appendElement("label").text("另存的网页（可选） ").appendElement("input").attr("type", "file")
        .attr("name", "page").attr("id", "page").attr("accept", ".html,.htm,text/html");
    f.appendElement("button").attr("type", "submit").attr("id", "find-lists").text("查找文章列表");

    main.appendElement("h2").text("已列出的信息源（" + listed.size() + "）");
    Element table = main.appendElement("table").attr("id", "sources");
    Element head = table.appendElement("tr");
    for (String h : new String[] {"编号", "名称", "级别", "来源", "状态", ""}) {
      head.appendElement("th").text(h);
    }
    listed.forEach((id, entry) -> {
      ListedSource source = entry.source();
      Element row = table.appendElement("tr").attr("data-source", id);
      row.appendElement("td").text(id);
      row.appendElement("td").text(source.definition().name());
      row.appendElement("td").text(source.definition().level().wireName());
      row.appendElement("td").text(source.fromFolder() ? "sources/" + id + ".yaml" : "本系统添加（" + source.changedBy() + "）");
      row.appendElement("td").addClass("state").text(source.paused()
          ? "已暂停：" + source.pause().reason() + "（" + source.pause().by() + "）"
          : source.definition().enabled() ? "采集中" : "文件中已停用");
      Element actions = row.appendElement("td");
      if (source.paused()) {
        Element resume = Pages.form(actions, "/feeds/resume", s.csrf()).addClass("inline");
        Pages.hidden(resume, "id", id);
        resume.appendElement("button").attr("type", "submit").addClass("resume").text("恢复采集");
      } else {
        Element pause = Pages.form(actions, "/feeds/pause", s.csrf()).addClass("inline");
        Pages.hidden(pause, "id", id);
        pause.appendElement("input").attr("name", "reason").attr("placeholder", "暂停原因").attr("required", "required");
        pause.appendElement("button").attr("type", "submit").addClass("pause").text("暂停");
      }
      if (!source.fromFolder()) {
        Element remove = Pages.form(actions, "/feeds/remove", s.csrf()).addClass("inline");
        Pages.hidden(remove, "id", id);
        remove.appendElement("button").attr("type", "submit").addClass("remove").text("删除");
      }
      actions.appendElement("a").attr("href", "/feeds/sources/" + id + ".yaml").text("YAML");
    });
    return doc;
  }

  /** The lists found on a page, best first, each with its items and a form that makes it a source. */
  static Document candidates(Suggestion suggestion, Sessions.Session s, BulletinProfile profile) {
    Document doc = Pages.page("文章列表", s.user(), s.csrf());
    Element main = Pages.main(doc);
    main.appendElement("h1").text("页面上的文章列表");
    Element page = main.appendElement("p").addClass("meta").text("网页：");
    Pages.link(page, suggestion.page().toString(), suggestion.page().toString());
    if (!suggestion.articlePage().isEmpty()) {
      main.appendElement("p").addClass("error").text("这个网页像是一篇文章，而不是栏目页：" + suggestion.articlePage());
    }
    if (suggestion.candidates().isEmpty()) {
      main.appendElement("p").addClass("error").attr("id", "no-lists")
          .text("这个网页上没有找到文章列表（成串的、带日期的文章链接）。请换栏目页的网址再试。");
    }
    notes(main, "RSS/Atom：", suggestion.feeds());
    notes(main, "分页：", suggestion.pagination());
    notes(main, "网站系统：", suggestion.cms());
    notes(main, "由脚本填充的列表：", suggestion.scriptLists());
    int n = 0;
    for (Candidate c : suggestion.candidates()) {
      n++;
      Element box = main.appendElement("div").addClass("candidate").attr("id", "candidate-" + n);
      box.appendElement("h2").text("列表 " + n + "：" + c.name() + String.format("（%.0f 分%s）", c.score(),
          c.suggested() ? "" : "，低于 " + Math.round(Suggestion.threshold()) + " 分"));
      box.appendElement("p").addClass("meta").text(String.join("；", c.reasons()));
      Element items = box.appendElement("table").addClass("items");
      for (Candidate.Item item : c.items().subList(0, Math.min(ITEMS_SHOWN, c.items().size()))) {
        Element row = items.appendElement("tr");
        row.appendElement("td").addClass("date").text(item.shownDate().orElse(item.date().map(Object::toString).orElse("（无日期）")));
        Pages.link(row.appendElement("td").addClass("title"), item.title(), item.url().toString());
      }
      if (c.items().size() > ITEMS_SHOWN) {
        box.appendElement("p").addClass("meta").text("共 " + c.items().size() + " 条。");
      }
      sourceForm(box, fields(c), profile, s.csrf());
    }
    return doc;
  }

  /** One list as a source, with its first article's reading or a problem, after a step of the form. */
  static Document source(Map<String, String> fields, Sessions.Session s, BulletinProfile profile, Trial trial,
      String problem) {
    Document doc = Pages.page("信息源 " + fields.get("id"), s.user(), s.csrf());
    Element main = Pages.main(doc);
    main.appendElement("h1").text("信息源：" + fields.get("name"));
    if (problem != null) {
      main.appendElement("p").addClass("error").addClass("refused").attr("role", "alert").text(problem);
    }
    if (trial != null) {
      Element box = main.appendElement("div").attr("id", "trial");
      box.appendElement("h2").text("试读第一篇文章");
      if (trial.problem() != null) {
        box.appendElement("p").addClass("error").text(trial.problem());
      } else {
        ArticleReading r = trial.reading();
        Pages.link(box.appendElement("p").addClass("meta").text("文章："), trial.url().toString(), trial.url().toString());
        box.appendElement("p").attr("id", "trial-title").text("标题：" + r.article().title() + "（" + r.titleFrom() + "）");
        box.appendElement("p").attr("id", "trial-date").text("日期：" + r.article().publishedAt().map(Object::toString)
            .orElse("（无）") + "（" + r.dateFrom() + "）");
        box.appendElement("p").attr("id", "trial-body").text("正文：" + r.bodyFrom());
        String text = r.article().text();
        box.appendElement("blockquote").addClass("text").text(text.length() > 300 ? text.substring(0, 300) + "……" : text);
      }
    }
    sourceForm(main, fields, profile, s.csrf());
    main.appendElement("p").appendElement("a").attr("href", "/feeds").text("返回信息源");
    return doc;
  }

  /** A candidate's fields: its selectors and first item (carried), and the guessed id, name, level and hint. */
  static Map<String, String> fields(Candidate c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("listUrl", c.listUrl().toString());
    f.put("item", c.selectors().item());
    f.put("link", c.selectors().link());
    f.put("date", c.selectors().date() == null ? "" : c.selectors().date());
    Candidate.Item first = c.items().isEmpty() ? null : c.items().get(0);
    f.put("firstUrl", first == null ? "" : first.url().toString());
    f.put("firstTitle", first == null ? "" : first.title());
    f.put("firstDate", first == null ? "" : first.date().map(Object::toString).orElse(""));
    f.put("id", c.guess().id());
    f.put("name", c.guess().name());
    f.put("level", c.guess().level().wireName());
    f.put("sectionHint", c.guess().sectionHint() == null ? "" : c.guess().sectionHint());
    return f;
  }

  private static void sourceForm(Element parent, Map<String, String> f, BulletinProfile profile, String csrf) {
    Element form = Pages.form(parent, "/feeds/source", csrf).addClass("source");
    for (String carried : new String[] {"listUrl", "item", "link", "date", "firstUrl", "firstTitle", "firstDate"}) {
      Pages.hidden(form, carried, f.get(carried));
    }
    form.appendElement("p").addClass("meta").text("列表页 " + f.get("listUrl") + " · 条目 " + f.get("item") + " · 链接 "
        + f.get("link") + (f.get("date").isEmpty() ? "" : " · 日期 " + f.get("date")));
    form.appendElement("p").appendElement("label").text("编号 ").appendElement("input").attr("name", "id")
        .attr("value", f.get("id")).attr("required", "required").attr("pattern", "[a-z0-9][a-z0-9-]*")
        .attr("title", "小写字母、数字和 -，也是 sources/ 中的文件名");
    form.appendElement("p").appendElement("label").text("名称 ").appendElement("input").attr("name", "name")
        .attr("value", f.get("name")).attr("required", "required").attr("size", "30");
    Element level = form.appendElement("p").appendElement("label").text("级别 ").appendElement("select").attr("name", "level");
    Map<String, String> levels = Map.of("leadership", "中央领导", "national", "国家部委", "regional", "自治区",
        "municipal", "本市", "peer", "外省市");
    for (SourceLevel l : SourceLevel.values()) {
      Element o = level.appendElement("option").attr("value", l.wireName()).text(levels.get(l.wireName()) + "（" + l.wireName() + "）");
      if (l.wireName().equals(f.get("level"))) {
        o.attr("selected", "selected");
      }
    }
    Element hint = form.appendElement("p").appendElement("label").text("栏目通常供稿 ").appendElement("select")
        .attr("name", "sectionHint");
    hint.appendElement("option").attr("value", "").text("（不指定）");
    for (Section section : profile.sections()) {
      Element o = hint.appendElement("option").attr("value", section.title()).text(section.title());
      if (section.title().equals(f.get("sectionHint"))) {
        o.attr("selected", "selected");
      }
    }
    Element buttons = form.appendElement("p");
    buttons.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "test").addClass("test")
        .text("试读第一篇");
    buttons.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "publish")
        .addClass("publish").text("发布到采集");
    buttons.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "yaml").addClass("yaml")
        .text("下载 YAML");
  }

  private static void notes(Element main, String label, java.util.List<String> notes) {
    if (!notes.isEmpty()) {
      main.appendElement("p").addClass("meta").text(label + String.join("；", notes));
    }
  }
}

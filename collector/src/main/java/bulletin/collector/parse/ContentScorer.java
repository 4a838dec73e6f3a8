package bulletin.collector.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds an article's main content by scoring blocks, in the manner of readability: every
 * paragraph scores by its length and punctuation and gives its score to its parent, half to its
 * grandparent and less further up; class and id names that say content or boilerplate add or take
 * off; each candidate's score shrinks with the share of its text that is links. The best
 * candidate is taken with those of its siblings that look like the same article.
 */
final class ContentScorer {
  private static final Set<String> REMOVED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "input", "select", "textarea", "button", "object", "embed", "link", "meta", "nav", "aside",
      "footer", "menu", "dialog", "audio", "video", "map");
  /** Blocks whose whole text scores as one paragraph when they hold no other block. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "div", "section", "article", "blockquote",
      "center", "font", "span", "dd", "main");
  private static final NameHints UNLIKELY = new NameHints(
      "-ad-", "ai2html", "banner", "breadcrumb", "crumb", "combx", "comment", "community", "cover-wrap",
      "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
      "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
      "pagination", "pager", "popup", "nav", "share", "copyright", "xgxw", "xglj", "tuijian", "recommend",
      "login", "toolbar", "fenxiang", "pinglun", "hotnews", "ranking", "topbar", "bottom");
  private static final NameHints MAYBE = new NameHints(
      "and", "article", "body", "column", "content", "main", "shadow", "zoom", "detail", "text", "zhengwen");
  private static final NameHints POSITIVE = new NameHints(
      "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
      "story", "detail", "zhengwen", "neirong", "zoom");
  private static final NameHints NEGATIVE = new NameHints(
      "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote",
      "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
      "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "recommend",
      "tuijian", "xglj", "xgxw", "hot", "rank", "copyright", "login");
  private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> HIDING_ROLES =
      Set.of("navigation", "menu", "menubar", "complementary", "dialog", "alert");
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?：]");
  private static final Pattern PUNCTUATION = Pattern.compile("[，,。；;！!？?、：]");
  private static final int MIN_PARAGRAPH = 20;
  /** A first pass that removed likely boilerplate and kept less than this retries without removing it. */
  private static final int ENOUGH_TEXT = 200;

  private ContentScorer() {}

  /** The content found and the candidate it was built around. */
  record Found(Element content, String candidate, int textLength) {}

  /** The main content of the page, if it has any text at all. */
  static Optional<Found> find(Document doc) {
    Found strict = attempt(doc, true);
    if (strict != null && strict.textLength() >= ENOUGH_TEXT) {
      return Optional.of(strict);
    }
    Found loose = attempt(doc, false);
    if (strict == null || (loose != null && loose.textLength() > strict.textLength())) {
      return Optional.ofNullable(loose);
    }
    return Optional.of(strict);
  }

  private static Found attempt(Document original, boolean removeUnlikely) {
    Document doc = original.clone();
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    prepare(body, removeUnlikely);
    Blocks blocks = Blocks.measure(body);
    Map<Element, Double> scores = scores(body, blocks);
    if (scores.isEmpty()) {
      return null;
    }
    Element top = climb(best(scores, blocks), scores, body);
    Element content = withSiblings(doc, top, scores, blocks);
    Boilerplate.removeFrom(content);
    removeNonProse(content, blocks);
    int length = content.text().length();
    String name = top.normalName() + (top.id().isEmpty() ? "" : "#" + top.id())
        + (top.className().isBlank() ? "" : "." + top.className().strip().split("\\s+")[0]);
    return length == 0 ? null : new Found(content, name, length);
  }

  /**
   * Every paragraph's score, given to its parent, half to its grandparent and a third, a sixth…
   * further up. A paragraph is a block holding no other block, or the text a block holds directly
   * beside its blocks (credited to that block itself).
   */
  static Map<Element, Double> scores(Element body, Blocks blocks) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : blocks.order()) {
      Blocks.Measure m = blocks.of(e);
      boolean leaf = !m.hasBlock() && PARAGRAPHS.contains(e.normalName());
      int length = leaf ? m.text() : m.inlineText();
      if (length < MIN_PARAGRAPH || (leaf && e.normalName().equals("span") && m.punctuation() == 0)) {
        continue;
      }
      int punctuation = leaf ? m.punctuation() : m.inlinePunctuation();
      double score = 1 + punctuation + Math.min(length / 100.0, 3);
      Element credited = leaf ? e.parent() : e;
      for (int level = 0; credited != null && credited != body.parent() && level < 5; level++) {
        double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        Double earlier = scores.get(credited);
        scores.put(credited, (earlier == null ? initial(credited) : earlier) + share);
        credited = credited.parent();
      }
    }
    return scores;
  }

  /** The candidate scoring best once each score shrinks by the candidate's link density. */
  static Element best(Map<Element, Double> scores, Blocks blocks) {
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> s : scores.entrySet()) {
      double adjusted = s.getValue() * (1 - blocks.linkDensity(s.getKey()));
      s.setValue(adjusted);
      if (adjusted > topScore) {
        top = s.getKey();
        topScore = adjusted;
      }
    }
    return top;
  }

  /**
   * Removes what is never the article (scripts, styles, form fields, navigation, blocks of hiding
   * roles, hidden blocks holding less than half the text) and, when {@code removeUnlikely}, the
   * blocks named as unlikely content that hold less than half the text.
   */
  static void prepare(Element body, boolean removeUnlikely) {
    List<Node> comments = new ArrayList<>();
    body.forEachNode(n -> {
      if (n instanceof org.jsoup.nodes.Comment) {
        comments.add(n);
      }
    });
    comments.forEach(Node::remove);
    Blocks before = Blocks.measure(body);
    int half = before.of(body).text() / 2;
    for (Element e : before.order()) {
      if (e.parent() == null) {
        continue; // inside a removed block
      }
      String tag = e.normalName();
      String style = e.attr("style");
      boolean hidden = e.hasAttr("hidden") || (!style.isEmpty() && HIDDEN.matcher(style).find());
      // Some pages hide their article until a script shows it (WeChat): a saved page's hidden
      // block that holds most of the text is the article.
      if (REMOVED.contains(tag) || (hidden && before.of(e).text() < half) || HIDING_ROLES.contains(e.attr("role"))) {
        e.remove();
      } else if (removeUnlikely && !tag.equals("body") && !tag.equals("a") && !tag.equals("article")
          && !tag.equals("main")) {
        String name = e.className() + " " + e.id();
        // A block left unclosed (an unclosed breadcrumb div) can hold the whole article.
        if (name.length() > 1 && UNLIKELY.in(name) && !MAYBE.in(name)
            && before.of(e).text() < half) {
          e.remove();
        }
      }
    }
  }

  /** The score a candidate starts from: its tag's weight and those of its class and id. */
  static double initial(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + weight(e.className()) + weight(e.id());
  }

  /** +25 for a class or id that says content, -25 for one that says boilerplate (0 for both). */
  static double weight(String name) {
    if (name.isBlank()) {
      return 0;
    }
    double w = 0;
    if (NEGATIVE.in(name)) {
      w -= 25;
    }
    if (POSITIVE.in(name)) {
      w += 25;
    }
    return w;
  }

  /**
   * Moves up from the top candidate while its parent scores better or it is an only child: the
   * article's paragraphs often sit in several blocks under one parent.
   */
  static Element climb(Element top, Map<Element, Double> scores, Element body) {
    double topScore = scores.get(top);
    double last = topScore;
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      Double score = scores.get(parent);
      if (score == null) {
        continue;
      }
      if (score < topScore / 3) {
        break;
      }
      if (score > last) {
        top = parent;
        break;
      }
      last = score;
    }
    double score = scores.get(top);
    while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) {
      top = top.parent();
      scores.merge(top, score, Math::max);
    }
    return top;
  }

  /** The top candidate with the siblings that score near it or read as paragraphs of prose. */
  static Element withSiblings(Document doc, Element top, Map<Element, Double> scores, Blocks blocks) {
    Element content = doc.createElement("div");
    Element parent = top.parent();
    if (parent == null) {
      content.appendChild(top);
      return content;
    }
    double topScore = scores.get(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      boolean keep = sibling == top;
      if (!keep) {
        double bonus = !top.className().isBlank() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
          keep = true;
        } else if (sibling.normalName().equals("p")) {
          int length = blocks.of(sibling).text();
          double links = blocks.linkDensity(sibling);
          keep = (length > 80 && links < 0.25)
              || (length > 0 && links == 0 && PUNCTUATION.matcher(sibling.text()).find());
        }
      }
      if (keep) {
        kept.add(sibling);
      }
    }
    kept.forEach(content::appendChild);
    doc.body().appendChild(content); // keeps the base URI for links
    return content;
  }

  /**
   * Drops blocks inside the content that are not prose, as readability's conditional cleaning does:
   * those named as boilerplate, and among those with few punctuation marks, picture strips, lists
   * of links, blocks holding more list items than paragraphs, and blocks whose text is largely
   * links (form fields are gone already: {@code prepare} removes them). A block holding half the
   * content or more is kept.
   */
  static void removeNonProse(Element content, Blocks blocks) {
    int total = 0;
    for (Element child : content.children()) {
      total += blocks.of(child).text();
    }
    for (Element e : content.select("table, ul, ol, dl, div, section")) {
      Blocks.Measure m = blocks.of(e);
      if (e.parent() == null || m.text() * 2 > total) {
        continue;
      }
      double weight = weight(e.className()) + weight(e.id());
      if (weight < 0) {
        e.remove();
        continue;
      }
      if (m.punctuation() >= 10) {
        continue; // prose
      }
      boolean list = e.is("ul, ol, dl");
      int paragraphs = e.getElementsByTag("p").size();
      int images = e.getElementsByTag("img").size();
      int items = e.getElementsByTag("li").size() - 100;
      double links = blocks.linkDensity(e);
      boolean sentence = SENTENCE_END.matcher(e.text()).find();
      if ((images > 1 && paragraphs * 2 < images && m.text() < 100)
          || (!list && items > paragraphs)
          || (!list && weight < 25 && links > 0.2 && !sentence)
          || (links > 0.5 && !sentence)) {
        e.remove();
      }
    }
  }
}

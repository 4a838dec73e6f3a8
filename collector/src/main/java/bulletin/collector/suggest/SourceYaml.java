package bulletin.collector.suggest;

import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceDefinition.ArticleSelectors;
import bulletin.collector.source.SourceDefinition.ListSelectors;

/** A candidate as a source definition in YAML, ready to save as {@code sources/ID.yaml}, its guesses marked. */
public final class SourceYaml {
  private SourceYaml() {}

  static String of(Candidate c) {
    return of(c, c.guess().id(), new ArticleSelectors(null, null, null));
  }

  /** The definition under {@code id}, with the {@code article.*} selectors that are not null. */
  public static String of(Candidate c, String id, ArticleSelectors article) {
    SourceGuess g = c.guess();
    ListSelectors s = c.selectors();
    StringBuilder y = new StringBuilder();
    y.append("# ").append(g.name()).append(" · ").append(c.name()).append(" (").append(c.listUrl().getHost())
        .append("), written by `collector suggest`: id, name, level and sectionHint are guesses, check them\n");
    y.append("id: ").append(id).append(id.equals(g.id()) ? "   # guess\n" : "\n");
    y.append("name: ").append(quoted(g.name())).append("   # guess\n");
    y.append("level: ").append(g.level().wireName()).append("   # guess\n");
    y.append("sectionHint: ").append(g.sectionHint()).append("   # guess\n");
    y.append("kind: html\n");
    y.append("listUrls:\n  - ").append(quoted(c.listUrl().toString())).append('\n');
    y.append("list:\n");
    y.append("  item: ").append(quoted(s.item())).append('\n');
    y.append("  link: ").append(quoted(s.link())).append('\n');
    if (s.date() != null) {
      y.append("  date: ").append(quoted(s.date())).append('\n');
    }
    if (article.title() != null || article.date() != null || article.body() != null) {
      y.append("article:   # only what the collector's own detection misses\n");
      appendKey(y, "title", article.title());
      appendKey(y, "date", article.date());
      appendKey(y, "body", article.body());
    }
    return y.toString();
  }

  /**
   * A definition as YAML in the same layout, for one checked and named by a person (the review
   * app's feeds page): no key is a guess any more. Keys the feeds page does not set are left out.
   */
  public static String of(SourceDefinition d, String comment) {
    StringBuilder y = new StringBuilder();
    y.append("# ").append(comment.replace("\n", " ")).append('\n');
    y.append("id: ").append(d.id()).append('\n');
    y.append("name: ").append(quoted(d.name())).append('\n');
    y.append("level: ").append(d.level().wireName()).append('\n');
    if (d.sectionHint() != null) {
      y.append("sectionHint: ").append(d.sectionHint()).append('\n');
    }
    y.append("kind: ").append(d.kind()).append('\n');
    y.append("listUrls:\n");
    d.listUrls().forEach(u -> y.append("  - ").append(quoted(u)).append('\n'));
    if (d.list() != null) {
      y.append("list:\n");
      y.append("  item: ").append(quoted(d.list().item())).append('\n');
      y.append("  link: ").append(quoted(d.list().link())).append('\n');
      if (!d.list().title().equals(d.list().link())) {
        y.append("  title: ").append(quoted(d.list().title())).append('\n');
      }
      if (d.list().date() != null) {
        y.append("  date: ").append(quoted(d.list().date())).append('\n');
      }
    }
    ArticleSelectors article = d.article();
    if (article.title() != null || article.date() != null || article.body() != null) {
      y.append("article:\n");
      appendKey(y, "title", article.title());
      appendKey(y, "date", article.date());
      appendKey(y, "body", article.body());
    }
    if (d.allowPrivate()) {
      y.append("allowPrivate: true\n");
    }
    return y.toString();
  }

  private static void appendKey(StringBuilder y, String key, String value) {
    if (value != null) {
      y.append("  ").append(key).append(": ").append(quoted(value)).append('\n');
    }
  }

  private static String quoted(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

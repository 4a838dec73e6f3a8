package bulletin.collector;

import bulletin.collector.fetch.FetchException;
import bulletin.collector.fetch.FetchedPage;
import bulletin.collector.fetch.Fetcher;
import bulletin.collector.parse.DecodedPage;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.suggest.ArticleReading;
import bulletin.collector.suggest.Candidate;
import bulletin.collector.suggest.ListSuggester;
import bulletin.collector.suggest.SourceYaml;
import bulletin.collector.suggest.Suggestion;
import bulletin.collector.suggest.SuggestionReport;
import bulletin.common.cli.Cli;
import bulletin.common.record.PublishedAt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code collector suggest}: from a page's URL to the source definitions of its article lists. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
    description = {"Find the article lists of a page (repeated items linking to articles, with dates), rank them, "
        + "and print for each its column's name, a ready-to-save source definition (id, name, level and sectionHint "
        + "guessed) and its first items; also the page's feeds, pagination, CMS family and script-filled lists.",
        "With --save, write list N (the first by default) as a source definition to FILE and run test-source on it, "
            + "the first article's extraction included, after saying what decides its title, date and body.",
        "Exit 0 when a list reaches the threshold (and, with --save, test-source passes), 1 otherwise."})
final class SuggestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "URL", description = "The page (a homepage or a column's page), http or https.")
  String url;

  @Option(names = "--page", paramLabel = "SAVED.html",
      description = "Read the page from this saved file instead of fetching URL (URL still resolves its links).")
  Path page;

  @Option(names = "--pick", paramLabel = "N", description = "With --save: which list to save, as numbered in the output (default: 1).")
  Integer pick;

  @Option(names = "--save", paramLabel = "FILE", description = "Write the list as a source definition, e.g. sources/ID.yaml; "
      + "the file's name is the source's id.")
  Path save;

  @Mixin CollectorMain.SettingsOptions options = new CollectorMain.SettingsOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    URI pageUrl = pageUrl();
    if (pick != null && save == null) {
      throw new ParameterException(spec.commandLine(), "--pick chooses the list that --save writes: give --save FILE too");
    }
    if (pick != null && pick < 1) {
      throw new ParameterException(spec.commandLine(), "--pick " + pick + " is not a list's number (1, 2, …)");
    }
    String id = save == null ? null : idOf(save);
    CollectorSettings settings = options.load();
    Fetcher fetcher = new Fetcher(settings.fetch());
    LocalDate today = LocalDate.now(PublishedAt.ZONE);
    String html;
    if (page != null) {
      html = PageDecoder.decode(pageUrl, Files.readAllBytes(Cli.readable(page)), Optional.empty(), Optional.empty());
    } else {
      FetchedPage fetched = fetcher.fetch(pageUrl, false);
      pageUrl = fetched.url();
      html = PageDecoder.decode(pageUrl, fetched.body(), fetched.contentType(), Optional.empty());
    }
    Suggestion suggestion = ListSuggester.suggest(html, pageUrl, today);
    SuggestionReport.print(suggestion, System.out);
    if (save == null) {
      if (page == null && !suggestion.suggested().isEmpty()) {
        firstArticle(fetcher, suggestion.suggested().get(0), 1, today);
      }
      return suggestion.suggested().isEmpty() ? 1 : 0;
    }
    int n = pick == null ? 1 : pick;
    if (suggestion.candidates().isEmpty()) {
      System.err.println("error: no list on " + pageUrl + " to save");
      return 1;
    }
    if (n > suggestion.candidates().size()) {
      throw new ParameterException(spec.commandLine(), "--pick " + n + ": the page has " + suggestion.candidates().size()
          + " lists");
    }
    Candidate chosen = suggestion.candidates().get(n - 1);
    if (!chosen.suggested()) {
      System.out.printf("warning: list %d (%s) is below the threshold; saving it as asked%n", n, chosen.name());
    }
    var article = new bulletin.collector.source.SourceDefinition.ArticleSelectors(null, null, null);
    if (page == null) {
      article = firstArticle(fetcher, chosen, n, today).map(ArticleReading::adds).orElse(article);
    }
    Files.createDirectories(save.toAbsolutePath().getParent());
    Files.writeString(save, SourceYaml.of(chosen, id, article), StandardCharsets.UTF_8);
    SourceCatalog.read(save); // the definition reads back as a valid source
    System.out.printf("%nsaved list %d (%s) as %s; test-source %s:%n", n, chosen.name(), save, save);
    CollectorMain.TestSource test = new CollectorMain.TestSource();
    test.file = save;
    test.page = page;
    test.options = options;
    return test.call();
  }

  /** Prints what decides the first article's title, date and body, and returns the reading. */
  private static Optional<ArticleReading> firstArticle(Fetcher fetcher, Candidate chosen, int n, LocalDate today) {
    Candidate.Item first = chosen.items().get(0);
    System.out.printf("%nfirst article of list %d: %s%n", n, first.url());
    try {
      FetchedPage art = fetcher.fetch(first.url(), false);
      DecodedPage decoded = PageDecoder.read(art.url(), art.body(), art.contentType(), Optional.empty());
      ArticleReading r = ArticleReading.of(decoded.text(), art.url(), first.title(), first.date(), today);
      System.out.println("  title: " + r.article().title() + "  ← " + r.titleFrom());
      System.out.println("  date:  " + r.article().publishedAt().map(Object::toString).orElse("(none)") + "  ← "
          + r.dateFrom());
      System.out.println("  body:  " + r.bodyFrom());
      System.out.println("  article keys: " + (r.addsSelectors() ? "adds " + added(r) + " where the detection falls short"
          : "none needed: the collector's own detection reads it"));
      return Optional.of(r);
    } catch (FetchException | PageDecoder.DecodeException e) {
      System.out.println("  could not read it: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String added(ArticleReading r) {
    StringBuilder b = new StringBuilder();
    if (r.adds().title() != null) {
      b.append("article.title \"").append(r.adds().title()).append("\" ");
    }
    if (r.adds().date() != null) {
      b.append("article.date \"").append(r.adds().date()).append("\" ");
    }
    return b.toString().strip();
  }

  private URI pageUrl() {
    try {
      URI u = URI.create(url.strip());
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u.getPath() == null || u.getPath().isEmpty() ? u.resolve("/") : u;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), "URL '" + url + "' is not an http or https address");
  }

  private String idOf(Path file) {
    String name = file.getFileName().toString();
    String id = name.replaceFirst("\\.ya?ml$", "");
    if (id.equals(name) || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new ParameterException(spec.commandLine(), "--save " + file + ": the file is ID.yaml, ID being lowercase "
          + "letters, digits and '-' (it becomes the source's id)");
    }
    return id;
  }
}

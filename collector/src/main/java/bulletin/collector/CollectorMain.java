package bulletin.collector;

import bulletin.collector.fetch.FetchException;
import bulletin.collector.fetch.FetchedPage;
import bulletin.collector.fetch.Fetcher;
import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.parse.DecodedPage;
import bulletin.collector.parse.FeedParser;
import bulletin.collector.parse.ListPage;
import bulletin.collector.parse.ListPageParser;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.ListedSource;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceDefinition;
import bulletin.collector.source.SourceListing;
import bulletin.common.cli.Cli;
import bulletin.common.cli.StopSignal;
import bulletin.common.config.HealthFile;
import bulletin.common.config.Settings;
import bulletin.common.json.Json;
import bulletin.common.kafka.LatestByKey;
import bulletin.common.kafka.Topics;
import bulletin.common.record.PublishedAt;
import bulletin.common.record.SourceHealth;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The collector's command line: {@code run}, {@code once}, {@code test-source}, {@code validate},
 * {@code extract}, {@code suggest}, {@code health}, and for the listed sources {@code sources publish|list},
 * {@code pause}, {@code resume}.
 */
@Command(name = "collector", mixinStandardHelpOptions = true,
    description = "Scrapes announcements off government sites into announcements.raw.",
    subcommands = {CollectorMain.Run.class, CollectorMain.Once.class, CollectorMain.TestSource.class,
        CollectorMain.Validate.class, CollectorMain.Extract.class, CollectorMain.Health.class, SuggestCommand.class,
        SourceCommands.Sources.class, SourceCommands.Pause.class, SourceCommands.Resume.class})
public final class CollectorMain implements Runnable {

  public static void main(String[] args) {
    System.exit(Cli.run(new CollectorMain(), args));
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Options every subcommand that reads settings shares. */
  static class SettingsOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "Override a setting of collector-defaults.properties (repeatable).")
    List<String> set = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "DIR", description = "Folder of source definitions.")
    Path sources;

    CollectorSettings load() {
      Map<String, String> overrides = new LinkedHashMap<>(Cli.settings(set));
      if (sources != null) {
        overrides.put("sources.dir", sources.toString());
      }
      return CollectorSettings.load(overrides);
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {"List the sources folder on collector.sources, join the collectors' group (collector.group) "
          + "and poll the sources this instance is given, each every pollInterval (its own, or poll.interval), "
          + "until stopped.",
          "Start more instances, each with its own collector.instance, to share the sources."})
  static final class Run implements Callable<Integer> {
    @picocli.CommandLine.Mixin SettingsOptions options = new SettingsOptions();

    @Override
    public Integer call() throws Exception {
      CollectorSettings settings = options.load();
      List<SourceDefinition> sources = SourceCatalog.readAll(settings.sourcesDir());
      HealthFile health = new HealthFile(settings.healthFile());
      try (StopSignal stop = StopSignal.install("collector");
          var telemetry = bulletin.common.ops.Telemetry.serve(Settings.load(CollectorSettings.DEFAULTS,
              Cli.settings(options.set)))) {
        Collector.run(settings, sources, Clock.systemUTC(), stop, health::ready);
      } finally {
        health.notReady();
      }
      return 0;
    }
  }

  @Command(name = "once", mixinStandardHelpOptions = true,
      description = "Poll every enabled source of the folder once (whatever collector.sources lists or pauses), "
          + "print a line per source, and exit.")
  static final class Once implements Callable<Integer> {
    @picocli.CommandLine.Mixin SettingsOptions options = new SettingsOptions();

    @Override
    public Integer call() {
      CollectorSettings settings = options.load();
      List<SourceDefinition> sources = SourceCatalog.readAll(settings.sourcesDir());
      try (Collector collector = Collector.start(settings, Clock.systemUTC())) {
        List<SourceHealth> health = collector.pollAll(sources);
        health.forEach(h -> System.out.printf("%-28s %3d listed %3d new%s%n", h.sourceId(),
            h.itemsFound(), h.newItems(), h.ok() ? "" : "  PROBLEMS: " + String.join("; ", h.problems())));
        return health.stream().allMatch(SourceHealth::ok) ? 0 : 1;
      }
    }
  }

  @Command(name = "test-source", mixinStandardHelpOptions = true,
      description = "Dry run of one source definition: print the items its list page yields and the "
          + "first article's extraction. Nothing is written to Kafka.")
  static final class TestSource implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The source definition (YAML).")
    Path file;

    @Option(names = "--page", paramLabel = "SAVED.html",
        description = "Read the list page from this saved file instead of the live site.")
    Path page;

    @picocli.CommandLine.Mixin SettingsOptions options = new SettingsOptions();

    @Override
    public Integer call() throws Exception {
      SourceDefinition source = SourceCatalog.read(Cli.readable(file));
      CollectorSettings settings = options.load();
      Fetcher fetcher = new Fetcher(settings.fetch());
      LocalDate today = LocalDate.now(PublishedAt.ZONE);
      URI listUrl = URI.create(source.listUrls().get(0));
      byte[] bytes;
      Optional<String> contentType = Optional.empty();
      if (page != null) {
        bytes = Files.readAllBytes(Cli.readable(page));
      } else {
        FetchedPage fetched = fetcher.fetch(listUrl, source.allowPrivate());
        bytes = fetched.body();
        contentType = fetched.contentType();
        listUrl = fetched.url();
      }
      String html = PageDecoder.decode(listUrl, bytes, contentType, Optional.ofNullable(source.charset()));
      boolean feed = source.kind().equals(SourceDefinition.FEED);
      ListPage list = feed ? FeedParser.parse(html, listUrl, today)
          : ListPageParser.parse(html, listUrl, source.list(), source.datePattern(), today);
      System.out.printf("%s (%s, %s): %s%n", source.id(), source.name(), source.level().wireName(), listUrl);
      System.out.printf("%s matched %d, %d with a link, %d without a date%n",
          feed ? "feed items" : "list.item '" + source.list().item() + "'", list.itemsMatched(), list.entries().size(),
          list.withoutDate());
      if (list.itemsMatched() == 0) {
        System.err.println("error: " + (feed ? "the feed has no item or entry at " + listUrl
            : "list.item selector '" + source.list().item() + "' matched nothing on " + listUrl
                + ": the list markup differs from the definition"));
        return 1;
      }
      if (list.entries().isEmpty()) {
        System.err.println("error: " + (feed ? "no feed item has a link and a title"
            : "list.link selector '" + source.list().link() + "' found no link in " + list.itemsMatched() + " items"));
        return 1;
      }
      list.entries().forEach(e -> System.out.printf("  %s  %s%n    %s%n",
          e.date().map(LocalDate::toString).orElse("????-??-??"), e.title(), e.url()));
      if (page != null) {
        return 0; // a saved list page has no live articles behind it
      }
      var first = list.entries().get(0);
      try {
        FetchedPage art = fetcher.fetch(first.url(), source.allowPrivate());
        DecodedPage decoded = PageDecoder.read(art.url(), art.body(), art.contentType(),
            Optional.ofNullable(source.charset()));
        Article a = ArticleExtractor.extract(decoded.text(), art.url(), source.article(), first.title(),
            first.date(), today);
        System.out.printf("first article: body found by %s (%s), charset %s%n", a.path().label(), a.foundIn(),
            decoded.charsetNote());
        decoded.warning().ifPresent(w -> System.out.println("warning: " + w));
        System.out.println(asJson(a, decoded));
        return a.text().isBlank() || a.publishedAt().isEmpty() ? 1 : 0;
      } catch (FetchException | PageDecoder.DecodeException e) {
        System.err.println("error: first article: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check every source definition in the sources folder.")
  static final class Validate implements Callable<Integer> {
    @picocli.CommandLine.Mixin SettingsOptions options = new SettingsOptions();

    @Override
    public Integer call() {
      Path dir = options.load().sourcesDir();
      List<SourceDefinition> sources = SourceCatalog.readAll(dir);
      sources.forEach(s -> System.out.printf("ok  %-28s %-8s %-10s %s%n", s.id(), s.name(),
          s.level().wireName(), s.enabled() ? "" : "(disabled)"));
      System.out.printf("%d source definitions in %s are valid%n", sources.size(), dir);
      return 0;
    }
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Print one saved article page as JSON (title, publishedAt, text, attachments, origin), "
          + "decoded and extracted as the collector would, with the charset used and the path that found the "
          + "body (selector, CMS marker or scoring).")
  static final class Extract implements Callable<Integer> {
    @Option(names = "--url", required = true, paramLabel = "URL", description = "The page's URL (resolves links and dates).")
    URI url;

    @Option(names = "--file", required = true, paramLabel = "SAVED.html", description = "The saved page.")
    Path file;

    @Option(names = "--charset", paramLabel = "NAME", description = "Decode as this charset instead of detecting it.")
    String charset;

    @Override
    public Integer call() throws Exception {
      DecodedPage decoded = PageDecoder.read(url, Files.readAllBytes(Cli.readable(file)), Optional.empty(),
          Optional.ofNullable(charset));
      Article a = ArticleExtractor.extract(decoded.text(), url, new SourceDefinition.ArticleSelectors(null, null, null),
          null, Optional.empty(), LocalDate.now(PublishedAt.ZONE));
      decoded.warning().ifPresent(w -> System.err.println("warning: " + w));
      System.out.println(asJson(a, decoded));
      return 0;
    }
  }

  @Command(name = "health", mixinStandardHelpOptions = true,
      description = {"Print every source's last health record (from collector.health), failing sources first, "
          + "then those later than they usually post (stale), then those with warnings, then the rest; and the "
          + "paused sources.", "Exits 1 when any source fails, is stale or has warnings."})
  static final class Health implements Callable<Integer> {
    @picocli.CommandLine.Mixin SettingsOptions options = new SettingsOptions();

    @Override
    public Integer call() {
      CollectorSettings settings = options.load();
      Map<String, SourceHealth> latest = LatestByKey.load(bulletin.common.kafka.Brokers.require(settings.bootstrap()),
          Topics.COLLECTOR_HEALTH, java.time.Duration.ofSeconds(60));
      if (latest.isEmpty()) {
        System.out.println("no health records yet: the collector has not polled");
      }
      java.time.Instant now = java.time.Instant.now();
      List<SourceHealth> ordered = latest.values().stream()
          .sorted(java.util.Comparator.comparingInt((SourceHealth h) -> HealthLine.rank(h, now))
              .thenComparing(SourceHealth::sourceId))
          .toList();
      boolean allWell = true;
      for (SourceHealth h : ordered) {
        allWell &= HealthLine.rank(h, now) == HealthLine.OK;
        System.out.println(HealthLine.of(h, now));
        h.problems().forEach(p -> System.out.println("        problem: " + p));
        h.warnings().forEach(w -> System.out.println("        warning: " + w));
      }
      SourceCommands.listing(settings).read().values().stream().map(SourceListing.Entry::source)
          .filter(ListedSource::paused)
          .forEach(s -> System.out.printf("%-7s %-24s %s%n", "PAUSED", s.id(), SourceCommands.state(s)));
      return allWell ? 0 : 1;
    }
  }

  /** An article as the JSON that {@code extract} and {@code test-source} print. */
  static String asJson(Article a, DecodedPage page) throws com.fasterxml.jackson.core.JsonProcessingException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", a.title());
    out.put("publishedAt", a.publishedAt().map(LocalDate::toString).orElse(null));
    out.put("text", a.text());
    out.put("attachments", a.attachments());
    out.put("origin", a.origin().orElse(null));
    out.put("extractedBy", a.path().label() + " (" + a.foundIn() + ")");
    out.put("charset", page.charsetNote());
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
  }
}

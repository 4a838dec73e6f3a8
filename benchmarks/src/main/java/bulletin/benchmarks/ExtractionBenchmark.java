package bulletin.benchmarks;

import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.parse.ListEntry;
import bulletin.collector.parse.ListPageParser;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding and extraction on one thread: real third-party article pages (magic-html's CJK
 * benchmark pages and GeneralNewsExtractor's test pages, read from {@code ../shared/realpages},
 * 20–400 KB each), and the small pages written for the project in the shape of the shipped
 * sources. Run from the repository root (it reads sources/ and ../shared/realpages/).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);

  private record Page(SourceDefinition source, URI url, byte[] bytes, ListEntry entry) {}

  private final List<Page> lists = new ArrayList<>();
  private final List<Page> articles = new ArrayList<>();
  private final List<Page> realPages = new ArrayList<>();

  @Setup
  public void load() throws Exception {
    Path real = Path.of(System.getProperty("realpages", "../shared/realpages"));
    long bytes = 0;
    for (String folder : List.of("magic-html", "gne")) {
      try (var files = java.nio.file.Files.list(real.resolve(folder))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
          byte[] page = java.nio.file.Files.readAllBytes(f);
          realPages.add(new Page(null, URI.create("https://example.com/" + f.getFileName()), page, null));
          bytes += page.length;
        }
      }
    }
    System.err.printf("real pages: %d pages, %d bytes (%.1f MB)%n", realPages.size(), bytes, bytes / 1e6);
    for (SourceDefinition s : SourceCatalog.readAll(Path.of(System.getProperty("sources", "sources")))) {
      if (s.list() == null) {
        continue; // a feed: no list selectors
      }
      URI listUrl = URI.create(s.listUrls().get(0));
      byte[] listBytes = recorded(listUrl);
      lists.add(new Page(s, listUrl, listBytes, null));
      String html = PageDecoder.decode(listUrl, listBytes, Optional.empty(), Optional.empty());
      for (ListEntry e : ListPageParser.parse(html, listUrl, s.list(), TODAY).entries()) {
        articles.add(new Page(s, e.url(), recorded(e.url()), e));
      }
    }
  }

  /** One operation is every written list page: decode, parse, entries out. */
  @Benchmark
  public void listPages(Blackhole bh) throws Exception {
    for (Page p : lists) {
      String html = PageDecoder.decode(p.url(), p.bytes(), Optional.empty(), Optional.empty());
      bh.consume(ListPageParser.parse(html, p.url(), p.source().list(), TODAY));
    }
  }

  /** One operation is every written article page with the source's selectors. */
  @Benchmark
  public void articlesWithSelectors(Blackhole bh) throws Exception {
    for (Page p : articles) {
      String html = PageDecoder.decode(p.url(), p.bytes(), Optional.empty(), Optional.empty());
      bh.consume(ArticleExtractor.extract(html, p.url(), p.source().article(), p.entry().title(), p.entry().date(), TODAY));
    }
  }

  /** One operation is every written article page found without a body selector. */
  @Benchmark
  public void articlesByContentDetection(Blackhole bh) throws Exception {
    var none = new SourceDefinition.ArticleSelectors(null, null, null);
    for (Page p : articles) {
      String html = PageDecoder.decode(p.url(), p.bytes(), Optional.empty(), Optional.empty());
      Article a = ArticleExtractor.extract(html, p.url(), none, p.entry().title(), p.entry().date(), TODAY);
      bh.consume(a);
    }
  }

  /**
   * One operation is every real page (magic-html and GNE): decode, parse, find the body by CMS
   * markers or scoring, text and attachments out.
   */
  @Benchmark
  public void realArticlePages(Blackhole bh) throws Exception {
    var none = new SourceDefinition.ArticleSelectors(null, null, null);
    for (Page p : realPages) {
      String html = PageDecoder.decode(p.url(), p.bytes(), Optional.empty(), Optional.empty());
      bh.consume(ArticleExtractor.extract(html, p.url(), none, null, Optional.empty(), TODAY));
    }
  }

  private static byte[] recorded(URI url) {
    String path = url.getPath().endsWith("/") ? url.getPath() + "index.html" : url.getPath();
    try (InputStream in = ExtractionBenchmark.class.getClassLoader()
        .getResourceAsStream("recorded/" + url.getHost() + path)) {
      if (in == null) {
        throw new IllegalStateException("no recorded page for " + url);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of pages each benchmark iterates, for turning ops/s into pages/s. */
  public int[] sizes() {
    return new int[] {lists.size(), articles.size(), realPages.size()};
  }
}

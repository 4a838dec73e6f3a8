package bulletin.collector;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.parse.Article;
import bulletin.collector.parse.ArticleExtractor;
import bulletin.collector.parse.ListEntry;
import bulletin.collector.parse.ListPage;
import bulletin.collector.parse.ListPageParser;
import bulletin.collector.parse.PageDecoder;
import bulletin.collector.source.SourceCatalog;
import bulletin.collector.source.SourceDefinition;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped source extracts its recorded list page and first article, with its own selectors. */
class RecordedSourcesTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 3, 26);

  static Stream<SourceDefinition> sources() {
    return SourceCatalog.readAll(Path.of("..", "sources")).stream();
  }

  static byte[] recorded(URI url) throws Exception {
    String path = url.getPath().endsWith("/") ? url.getPath() + "index.html" : url.getPath();
    try (InputStream in = RecordedSourcesTest.class.getClassLoader()
        .getResourceAsStream("recorded/" + url.getHost() + path)) {
      assertNotNull(in, "no recorded page for " + url);
      return in.readAllBytes();
    }
  }

  private static ListPage entries(SourceDefinition source, URI listUrl, String text) {
    return source.kind().equals(SourceDefinition.FEED) ? bulletin.collector.parse.FeedParser.parse(text, listUrl, TODAY)
        : ListPageParser.parse(text, listUrl, source.list(), source.datePattern(), TODAY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void listPageYieldsDatedItemsAndTheFirstArticleExtracts(SourceDefinition source) throws Exception {
    URI listUrl = URI.create(source.listUrls().get(0));
    String html = PageDecoder.decode(listUrl, recorded(listUrl), Optional.empty(), Optional.ofNullable(source.charset()));
    ListPage list = entries(source, listUrl, html);
    assertFalse(list.entries().isEmpty(), source.id() + ": no entries");
    for (ListEntry e : list.entries()) {
      assertTrue(e.date().isPresent(), source.id() + ": no date for " + e.title());
      assertFalse(e.title().isBlank(), source.id() + ": blank title at " + e.url());
      assertFalse(e.title().endsWith("..."), source.id() + ": truncated title " + e.title());
    }
    ListEntry first = list.entries().get(0);
    String articleHtml = PageDecoder.decode(first.url(), recorded(first.url()), Optional.empty(),
        Optional.ofNullable(source.charset()));
    Article a = ArticleExtractor.extract(articleHtml, first.url(), source.article(), first.title(), first.date(), TODAY);
    assertTrue(a.publishedAt().isPresent(), source.id() + ": no article date");
    assertTrue(a.text().length() >= 100, source.id() + ": short text: " + a.text());
    for (String boilerplate : List.of("打印", "关闭", "主办单位", "备案号", "当前位置", "相关链接")) {
      assertFalse(a.text().contains(boilerplate), source.id() + ": text keeps '" + boilerplate + "': " + a.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void withoutABodySelectorContentDetectionFindsTheSameText(SourceDefinition source) throws Exception {
    URI listUrl = URI.create(source.listUrls().get(0));
    String html = PageDecoder.decode(listUrl, recorded(listUrl), Optional.empty(), Optional.empty());
    ListEntry first = entries(source, listUrl, html).entries().get(0);
    String articleHtml = PageDecoder.decode(first.url(), recorded(first.url()), Optional.empty(), Optional.empty());
    Article selected = ArticleExtractor.extract(articleHtml, first.url(), source.article(), first.title(), first.date(), TODAY);
    Article detected = ArticleExtractor.extract(articleHtml, first.url(),
        new SourceDefinition.ArticleSelectors(null, null, null), first.title(), first.date(), TODAY);
    String firstParagraph = selected.text().split("\n")[0];
    assertTrue(detected.text().contains(firstParagraph), source.id() + ": detection missed the lead paragraph; got: "
        + detected.text());
    for (String boilerplate : List.of("打印", "主办单位", "备案号")) {
      assertFalse(detected.text().contains(boilerplate), source.id() + ": detected text keeps '" + boilerplate + "'");
    }
  }
}

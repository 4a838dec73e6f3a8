package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final URI URL = URI.create("https://kjt.nmg.gov.cn/kjdt/gzdt/");
  private static final Charset GBK = Charset.forName("GBK");
  private static final String TEXT = "自治区科技厅召开科技兴蒙合作项目视频调度会";

  @Test
  void gbkDeclaredAsGb2312InTheMetaTagDecodes() throws Exception {
    byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        + "</head><body>" + TEXT + "</body></html>").getBytes(GBK);
    assertTrue(PageDecoder.decode(URL, page, Optional.of("text/html"), Optional.empty()).contains(TEXT));
  }

  @Test
  void theHeaderCharsetWinsOverTheMetaTag() throws Exception {
    byte[] page = ("<meta charset=\"utf-8\">" + TEXT).getBytes(GBK);
    assertTrue(PageDecoder.decode(URL, page, Optional.of("text/html; charset=GBK"), Optional.empty()).contains(TEXT));
  }

  @Test
  void withoutAnyDeclarationUtf8AndGbkAreTold() throws Exception {
    assertEquals(TEXT, PageDecoder.decode(URL, TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty()));
    assertEquals(TEXT, PageDecoder.decode(URL, TEXT.getBytes(GBK), Optional.empty(), Optional.empty()));
  }

  @Test
  void aByteOrderMarkIsHonouredAndDropped() throws Exception {
    byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] page = new byte[text.length + 3];
    page[0] = (byte) 0xEF;
    page[1] = (byte) 0xBB;
    page[2] = (byte) 0xBF;
    System.arraycopy(text, 0, page, 3, text.length);
    assertEquals(TEXT, PageDecoder.decode(URL, page, Optional.empty(), Optional.empty()));
  }

  @Test
  void gbkBytesUnderAUtf8DeclarationAreReadAsGbkWithAWarning() throws Exception {
    byte[] page = ("<meta charset=\"utf-8\"><p>" + TEXT.repeat(20) + "</p>").getBytes(GBK);
    DecodedPage d = PageDecoder.read(URL, page, Optional.empty(), Optional.empty());
    assertTrue(d.text().contains(TEXT));
    assertEquals("GB18030", d.charset().name());
    assertTrue(d.warning().orElseThrow().contains("declares utf-8 (meta tag), which gives"), d.warning().get());
  }

  @Test
  void aPageThatNoCharsetReadsIsAnErrorNamingWhatEachGave() {
    byte[] page = new byte[400];
    for (int i = 0; i < page.length; i += 2) {
      page[i] = (byte) 0x81; // a GBK lead byte followed by a space: neither GB18030 nor UTF-8
      page[i + 1] = ' ';
    }
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class,
        () -> PageDecoder.decode(URL, page, Optional.of("text/html; charset=utf-8"), Optional.empty()));
    assertTrue(e.getMessage().startsWith(URL + ": no charset reads the page: as utf-8 (Content-Type header) gives 200 "
        + "unreadable characters (the bytes are not in that charset); as GB18030 gives"), e.getMessage());
  }

  @Test
  void browserSavedUtf8UnderAGb2312MetaTagDecodes() throws Exception {
    String prose = "自治区科技厅发布了《内蒙古自治区科技计划“揭榜挂帅”工作实施细则（试行）》，广泛征求社会各界意见。";
    // A browser's "Save page as" writes UTF-8 but keeps the original meta tag.
    byte[] page = ("<!DOCTYPE html><!-- saved from url=(0052)http://www.example.gov.cn/ --><html><head>"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>科技厅</title></head>"
        + "<body><p>" + prose + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    DecodedPage d = PageDecoder.read(URL, page, Optional.empty(), Optional.empty());
    assertTrue(d.text().contains(prose));
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.warning().orElseThrow().contains("declares gb2312 (meta tag), which gives"),
        d.warning().get());
  }

  @Test
  void rawGb2312WithoutAUsableMetaTagDecodes() throws Exception {
    Charset gb2312 = Charset.forName("GB2312");
    String prose = "市科技局召开2012年科技工作会议，总结去年工作，部署今年任务。";
    byte[] bare = ("<html><head><title>科技局</title></head><body><table><tr><td>" + prose
        + "</td></tr></table></body></html>").getBytes(gb2312);
    DecodedPage d = PageDecoder.read(URL, bare, Optional.empty(), Optional.empty());
    assertTrue(d.text().contains(prose));
    assertTrue(d.warning().isEmpty());
    byte[] unknownCharset = ("<meta http-equiv=Content-Type content=\"text/html; charset=x-gbk-2012\">"
        + "<body>" + prose + "</body>").getBytes(gb2312);
    assertTrue(PageDecoder.decode(URL, unknownCharset, Optional.empty(), Optional.empty()).contains(prose));
    // An archive's toolbar declares UTF-8 above the page's own GB2312 bytes.
    byte[] archived = ("<meta charset=\"utf-8\"><div id=toolbar>Wayback</div><body>" + prose + "</body>").getBytes(gb2312);
    DecodedPage a = PageDecoder.read(URL, archived, Optional.of("text/html; charset=utf-8"), Optional.empty());
    assertTrue(a.text().contains(prose));
    assertTrue(a.warning().isPresent());
  }

  @Test
  void kunJinKaoMojibakeIsRejected() {
    byte[] page = "<meta charset=\"utf-8\"><p>锟斤拷锟斤拷</p>".getBytes(StandardCharsets.UTF_8);
    assertThrows(PageDecoder.DecodeException.class, () -> PageDecoder.decode(URL, page, Optional.empty(), Optional.empty()));
  }

  @Test
  void gb2312IsReadAsItsSupersetGb18030() throws Exception {
    String rare = "镕"; // in GBK but not in GB2312
    byte[] page = ("<meta charset=\"gb2312\">" + rare).getBytes(GBK);
    assertTrue(PageDecoder.decode(URL, page, Optional.empty(), Optional.empty()).endsWith(rare));
  }

  @Test
  void utf8ReadAsGbkIsCaughtByItsRareCharactersAndReadAsUtf8() throws Exception {
    String prose = "自治区科技厅发布了《内蒙古自治区科技计划“揭榜挂帅”工作实施细则（试行）》，广泛征求社会各界意见。";
    byte[] page = ("<meta charset=\"gbk\"><p>" + prose + "</p>").getBytes(StandardCharsets.UTF_8);
    DecodedPage d = PageDecoder.read(URL, page, Optional.empty(), Optional.empty());
    assertTrue(d.text().contains(prose));
    assertTrue(d.charsetNote().startsWith("UTF-8 (read as UTF-8; meta tag said gbk"), d.charsetNote());
    assertTrue(!PageDecoder.looksMisread(prose), "real prose passes");
    assertTrue(PageDecoder.looksMisread(new String(prose.getBytes(StandardCharsets.UTF_8), GBK)));
  }
}

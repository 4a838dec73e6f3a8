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
  void aWronglyDeclaredCharsetIsAnErrorNotAnItem() {
    byte[] page = ("<meta charset=\"utf-8\"><p>" + TEXT.repeat(20) + "</p>").getBytes(GBK);
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class,
        () -> PageDecoder.decode(URL, page, Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("unreadable characters"), e.getMessage());
    assertTrue(e.getMessage().startsWith(URL.toString()), e.getMessage());
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
  void utf8ReadAsGbkIsCaughtByItsRareCharacters() {
    String prose = "自治区科技厅发布了《内蒙古自治区科技计划“揭榜挂帅”工作实施细则（试行）》，广泛征求社会各界意见。";
    byte[] page = ("<meta charset=\"gbk\"><p>" + prose + "</p>").getBytes(StandardCharsets.UTF_8);
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class,
        () -> PageDecoder.decode(URL, page, Optional.empty(), Optional.empty()));
    assertTrue(e.getMessage().contains("rare characters"), e.getMessage());
    assertTrue(!PageDecoder.looksMisread(prose), "real prose passes");
  }
}

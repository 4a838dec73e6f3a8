package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decoder at the edges of its checks: how many bytes, which names, which shares. */
class PageDecoderEdgesTest {
  private static final URI URL = URI.create("https://kjj.ordos.gov.cn/a.html");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static DecodedPage read(byte[] bytes, String contentType) throws PageDecoder.DecodeException {
    return PageDecoder.read(URL, bytes, Optional.ofNullable(contentType), Optional.empty());
  }

  @Test
  void aPageThatIsOnlyAByteOrderMarkIsEmpty() throws Exception {
    assertEquals("", read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null).text());
    assertEquals("", read(new byte[] {(byte) 0xFE, (byte) 0xFF}, null).text());
    assertEquals(StandardCharsets.UTF_16BE, read(new byte[] {(byte) 0xFE, (byte) 0xFF}, null).charset());
    assertEquals("", read(new byte[] {(byte) 0xFF, (byte) 0xFE}, null).text());
    assertEquals(StandardCharsets.UTF_16LE, read(new byte[] {(byte) 0xFF, (byte) 0xFE}, null).charset());
    assertEquals("", read(new byte[0], null).text());
  }

  @Test
  void fourUtf8CharactersUnderAGbkTagAreUtf8AndThreeAreNot() throws Exception {
    byte[] four = "<meta charset=gbk>发布时间".getBytes(StandardCharsets.UTF_8);
    DecodedPage d = read(four, null);
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertEquals("<meta charset=gbk>发布时间", d.text());
    assertTrue(d.warning().orElseThrow().contains("declares gbk (meta tag), which reads bytes that are valid UTF-8"),
        d.warning().get());
    DecodedPage three = read("<meta charset=gbk>发布时".getBytes(StandardCharsets.UTF_8), null);
    assertEquals(GB18030, three.charset());
    assertFalse(three.warning().isPresent());
  }

  @Test
  void theFirstMetaTagWithAKnownCharsetNamesIt() throws Exception {
    byte[] page = "<meta name=x content=y><meta charset=no-such-charset><meta charset=GB2312><meta charset=big5>发布时间"
        .getBytes(StandardCharsets.UTF_8);
    DecodedPage d = read(page, null);
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.warning().orElseThrow().contains("declares GB2312 (meta tag)"), d.warning().get());
    assertEquals("read as UTF-8; meta tag said GB2312", d.charsetFrom());
  }

  @Test
  void aMetaTagPastTheFirst8KbIsNotRead() throws Exception {
    String filler = "<!--" + "x".repeat(8200) + "-->";
    byte[] page = (filler + "<meta charset=gbk>").getBytes(StandardCharsets.US_ASCII);
    DecodedPage d = read(page, null);
    assertEquals(StandardCharsets.UTF_8, d.charset(), "ASCII is valid UTF-8");
    assertEquals("detected: valid UTF-8", d.charsetFrom());
    byte[] near = ("<!--" + "x".repeat(8000) + "--><meta charset=gbk>").getBytes(StandardCharsets.US_ASCII);
    assertEquals(GB18030, read(near, null).charset());
  }

  @Test
  void anAsciiPageWithANulByteUnderALatinNameIsNoMojibake() throws Exception {
    DecodedPage d = read("a\u0000b".getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=iso-8859-1");
    assertEquals(StandardCharsets.ISO_8859_1, d.charset());
    assertFalse(d.warning().isPresent());
  }

  @Test
  void fourUnreadableCharactersInExactly4000AreTolerated() throws Exception {
    byte[] bad = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    byte[] ascii = "a".repeat(3996).getBytes(StandardCharsets.US_ASCII);
    byte[] page = java.util.Arrays.copyOf(ascii, 4000);
    System.arraycopy(bad, 0, page, 3996, 4);
    assertEquals(StandardCharsets.UTF_8, read(page, "text/html; charset=utf-8").charset());
  }

  @Test
  void onlyTheFirst2000HanCharactersCount() {
    String rare = "\u3400";
    assertFalse(PageDecoder.looksMisread("的".repeat(1400) + rare.repeat(601)), "600 rare in the first 2,000");
    assertTrue(PageDecoder.looksMisread("的".repeat(1399) + rare.repeat(602)));
  }

  @Test
  void utf8WithABadFirstByteUnderAGbkTagIsRefused() {
    String prose = "鄂尔多斯市科学技术局召开全市科技创新工作推进会议，总结上半年工作，部署下半年重点任务。";
    byte[] text = ("<meta charset=gbk>" + prose).getBytes(StandardCharsets.UTF_8);
    byte[] page = new byte[text.length + 1];
    page[0] = (byte) 0xFF; // the one unreadable byte comes first
    System.arraycopy(text, 0, page, 1, text.length);
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class, () -> read(page, null));
    assertTrue(e.getMessage().contains("as gbk (meta tag) gives "), e.getMessage());
    assertTrue(e.getMessage().contains("as UTF-8 gives no clearly readable text either"), e.getMessage());
  }

  @Test
  void theHeadersNameIsTheOneTheWarningGives() throws Exception {
    DecodedPage d = read("发布时间：2021年3月9日".getBytes(StandardCharsets.UTF_8), "text/html; charset=\"GBK\"");
    assertTrue(d.warning().orElseThrow().contains("declares GBK (Content-Type header)"), d.warning().get());
  }

  @Test
  void asciiAndWindowsNamesAreSingleByteCharsetsThatGiveLatinMojibake() throws Exception {
    String text = "<p>caf\u00e9 in a long enough English sentence</p>";
    for (String name : new String[] {"windows-1252", "us-ascii", "ISO-8859-15"}) {
      DecodedPage d = read(text.getBytes(StandardCharsets.UTF_8), "text/html; charset=" + name);
      assertEquals(StandardCharsets.UTF_8, d.charset(), name);
      assertEquals(text, d.text(), name);
      assertTrue(d.warning().orElseThrow().contains("Latin mojibake"), name);
    }
    DecodedPage utf16 = read(text.getBytes(StandardCharsets.UTF_16LE), "text/html; charset=utf-16le");
    assertEquals(text, utf16.text());
    assertFalse(utf16.warning().isPresent(), "a double-byte charset is not single-byte");
  }

  @Test
  void gb18030IsTakenOverADeclaredCharsetOnlyWhenItsHanCharactersAreCommon() throws Exception {
    // nine common characters and one outside GB2312: one in ten is still clearly Chinese
    String clear = "科技创新工作推进会\u3400";
    DecodedPage d = read(clear.getBytes(GB18030), "text/html; charset=utf-8");
    assertEquals(GB18030, d.charset());
    assertEquals(clear, d.text());
    String unclear = "科技创新工作推进会\u3400\u3401";
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class,
        () -> read(unclear.getBytes(GB18030), "text/html; charset=utf-8"));
    assertTrue(e.getMessage().contains("as GB18030 gives no clearly readable text either"), e.getMessage());
    PageDecoder.DecodeException latin = assertThrows(PageDecoder.DecodeException.class,
        () -> read("\u00e9\u00e9\u00e9\u00e9".getBytes(GB18030), "text/html; charset=utf-8"));
    assertTrue(latin.getMessage().contains("as GB18030 gives no clearly readable text either"), latin.getMessage());
  }

  @Test
  void utf8WithAStrayByteUnderAGbkTagIsRefusedForItsRareCharacters() {
    // one unreadable character as GB18030, so the rare characters are what tells
    byte[] text = "<meta charset=gbk>鄂尔多斯市科学技术局召开全市科技创新工作推进会议部署下半年重点任务"
        .getBytes(StandardCharsets.UTF_8);
    byte[] page = java.util.Arrays.copyOf(text, text.length + 1);
    page[text.length] = (byte) 0xFF;
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class, () -> read(page, null));
    assertTrue(e.getMessage().contains("as gbk (meta tag) gives mostly rare characters (such as 鍙戝竷 for 发布): "
        + "the bytes are UTF-8, not GBK; as UTF-8 gives no clearly readable text either"), e.getMessage());
  }
}

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

/** The decoder's tests of a reading, each on the smallest page that shows it. */
class PageDecoderBranchesTest {
  private static final URI URL = URI.create("https://kjj.ordos.gov.cn/a.html");
  private static final String PROSE = "<p>鄂尔多斯市科学技术局召开全市科技创新工作会议，部署全年重点任务，推动科技成果转化。</p>";
  /** A Han character outside GB2312 (CJK extension A). */
  private static final String RARE = "\u3400";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void eachByteOrderMarkNamesItsCharset() throws Exception {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PROSE.getBytes(StandardCharsets.UTF_8));
    DecodedPage d = PageDecoder.read(URL, utf8, Optional.empty(), Optional.empty());
    assertEquals(PROSE, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PROSE.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(StandardCharsets.UTF_16BE, PageDecoder.read(URL, be, Optional.empty(), Optional.empty()).charset());
    assertEquals(PROSE, PageDecoder.decode(URL, be, Optional.empty(), Optional.empty()));
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PROSE.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(StandardCharsets.UTF_16LE, PageDecoder.read(URL, le, Optional.empty(), Optional.empty()).charset());
    assertEquals(PROSE, PageDecoder.decode(URL, le, Optional.empty(), Optional.empty()));
    assertEquals("ab", PageDecoder.decode(URL, "ab".getBytes(StandardCharsets.US_ASCII), Optional.empty(),
        Optional.empty()));
  }

  @Test
  void utf8ReadAsLatinIsReadAsUtf8WithAWarning() throws Exception {
    DecodedPage d = PageDecoder.read(URL, PROSE.getBytes(StandardCharsets.UTF_8),
        Optional.of("text/html; charset=iso-8859-1"), Optional.empty());
    assertEquals(PROSE, d.text());
    assertTrue(d.warning().orElseThrow().contains("which gives Latin mojibake: the bytes are UTF-8; read as UTF-8"),
        d.warning().get());
    DecodedPage latin = PageDecoder.read(URL, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1),
        Optional.of("text/html; charset=iso-8859-1"), Optional.empty());
    assertEquals("caf\u00e9", latin.text());
    assertFalse(latin.warning().isPresent());
  }

  @Test
  void mojibakeStoredAtTheSourceIsRefused() {
    byte[] page = ("<p>锟斤拷锟斤拷</p>" + PROSE).getBytes(StandardCharsets.UTF_8);
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class,
        () -> PageDecoder.read(URL, page, Optional.of("text/html; charset=utf-8"), Optional.empty()));
    assertTrue(e.getMessage().contains("as utf-8 (Content-Type header) contains 锟斤拷-style mojibake"), e.getMessage());
  }

  @Test
  void aFewUnreadableCharactersAreTolerated() throws Exception {
    byte[] bad = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    byte[] shortPage = concat(PROSE.getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOf(bad, 3));
    assertEquals(StandardCharsets.UTF_8,
        PageDecoder.read(URL, shortPage, Optional.of("text/html; charset=utf-8"), Optional.empty()).charset(),
        "three bad bytes are never a wrong charset");
    byte[] longPage = concat(PROSE.repeat(100).getBytes(StandardCharsets.UTF_8), bad);
    assertEquals(StandardCharsets.UTF_8,
        PageDecoder.read(URL, longPage, Optional.of("text/html; charset=utf-8"), Optional.empty()).charset(),
        "four in 5,000 characters are not either");
    byte[] mediumPage = concat(PROSE.repeat(20).getBytes(StandardCharsets.UTF_8), bad);
    PageDecoder.DecodeException e = assertThrows(PageDecoder.DecodeException.class,
        () -> PageDecoder.read(URL, mediumPage, Optional.of("text/html; charset=utf-8"), Optional.empty()));
    assertTrue(e.getMessage().contains("as utf-8 (Content-Type header) gives 4 unreadable characters"), e.getMessage());
  }

  @Test
  void mostlyRareHanCharactersMeanMisreadBytes() {
    String common = "的".repeat(14);
    assertFalse(PageDecoder.looksMisread(common + RARE.repeat(6)), "6 of 20 is not more than three in ten");
    assertTrue(PageDecoder.looksMisread(common + RARE.repeat(7)));
    assertFalse(PageDecoder.looksMisread(RARE.repeat(19)), "too few Han characters to tell");
    assertTrue(PageDecoder.looksMisread(RARE.repeat(20)));
    assertFalse(PageDecoder.looksMisread("的".repeat(2000) + RARE.repeat(2000)), "only the first 2,000 count");
  }

  @Test
  void gbkNamesAreReadAsGb18030() throws Exception {
    byte[] gbk = PROSE.getBytes(Charset.forName("GBK"));
    for (String name : new String[] {"gbk", "GB2312", "x-gbk", "cp936", "gb_2312-80"}) {
      DecodedPage d = PageDecoder.read(URL, gbk, Optional.empty(), Optional.of(name));
      assertEquals(PROSE, d.text(), name);
      assertEquals("GB18030", d.charset().name(), name);
    }
  }
}

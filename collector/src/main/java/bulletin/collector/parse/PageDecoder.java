package bulletin.collector.parse;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text: the charset comes from the source's override, the
 * Content-Type header, a byte-order mark, the page's meta tag, and failing those from whether the
 * bytes are valid UTF-8 (else GB18030). GB2312 and GBK are read as GB18030, their superset, as
 * browsers do. A decode that yields replacement characters or 锟斤拷 is an error, not an item.
 */
public final class PageDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;

  private PageDecoder() {}

  /** The decoded text, or an exception naming the URL, the charset and the damage. */
  public static String decode(URI url, byte[] bytes, Optional<String> contentType,
      Optional<String> override) throws DecodeException {
    Charset charset = override.map(PageDecoder::charset)
        .or(() -> contentType.flatMap(PageDecoder::charsetIn))
        .or(() -> bom(bytes))
        .or(() -> metaCharset(bytes))
        .orElseGet(() -> isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030);
    int skip = bomLength(bytes, charset);
    String text = new String(bytes, skip, bytes.length - skip, charset);
    checkNotGarbled(url, text, charset);
    return text;
  }

  static Charset charset(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("gb_2312-80")
        || n.equals("cp936")) {
      return GB18030;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Optional<Charset> charsetIn(String text) {
    Matcher m = META_CHARSET.matcher(text);
    return m.find() ? Optional.ofNullable(charset(m.group(1))) : Optional.empty();
  }

  private static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    return charsetIn(head);
  }

  private static Optional<Charset> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static int bomLength(byte[] b, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && bom(b).isPresent()) {
      return 3;
    }
    return 0; // UTF-16 decoders consume their own BOM
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void checkNotGarbled(URI url, String text, Charset charset) throws DecodeException {
    if (looksMisread(text)) {
      throw new DecodeException(url, "decoding as " + charset.name() + " gives mostly rare characters (such as "
          + "鍙戝竷 for 发布): the page is UTF-8 read as GBK or the like (set charset: in the source)");
    }
    long replacements = text.chars().filter(c -> c == '\uFFFD').count();
    if (replacements > 3 && replacements * 1000 > text.length()) {
      throw new DecodeException(url, "decoding as " + charset.name() + " produced " + replacements
          + " unreadable characters: the page's charset is declared wrongly (set charset: in the source)");
    }
    if (text.contains("锟斤拷") || text.contains("烫烫烫")) {
      throw new DecodeException(url, "the page contains 锟斤拷-style mojibake: it was re-encoded wrongly at "
          + "the source or its charset is wrong (set charset: in the source)");
    }
  }

  /**
   * Whether the Han characters of a page are mostly outside GB2312's 6,763 common ones: real
   * Chinese prose uses them for nearly every character, UTF-8 misread as GBK almost never does.
   */
  static boolean looksMisread(String text) {
    var common = GB2312_ENCODER.get();
    int han = 0;
    int rare = 0;
    for (int i = 0; i < text.length() && han < 2000; i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        if (!common.canEncode(c)) {
          rare++;
        }
      }
    }
    return han >= 20 && rare * 10 > han * 3;
  }

  private static final ThreadLocal<java.nio.charset.CharsetEncoder> GB2312_ENCODER =
      ThreadLocal.withInitial(() -> Charset.forName("GB2312").newEncoder());

  /** A page whose bytes do not decode into readable text. */
  public static final class DecodeException extends Exception {
    DecodeException(URI url, String problem) {
      super(url + ": " + problem);
    }
  }
}

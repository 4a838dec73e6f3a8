package bulletin.collector.parse;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text as a browser would, and more. The declared charset comes from
 * the source's override, the Content-Type header, a byte-order mark or the page's meta tag;
 * without one, valid UTF-8 is UTF-8 and anything else GB18030. GB2312 and GBK are read as
 * GB18030, their superset, as browsers do. When the declared charset gives mojibake (replacement
 * characters, or UTF-8 bytes read as GBK) and UTF-8 or GB18030 reads the page cleanly, that one
 * is used and the page carries a warning; a page that no candidate reads is an error naming what
 * each candidate gave.
 */
public final class PageDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 8192;

  private PageDecoder() {}

  /** The decoded text, or an exception naming the URL, the charsets tried and the damage. */
  public static String decode(URI url, byte[] bytes, Optional<String> contentType,
      Optional<String> override) throws DecodeException {
    return read(url, bytes, contentType, override).text();
  }

  /** The decoded page with its charset and any warning, or an exception as {@link #decode}. */
  public static DecodedPage read(URI url, byte[] bytes, Optional<String> contentType,
      Optional<String> override) throws DecodeException {
    Optional<Charset> fromOverride = override.map(PageDecoder::charset);
    Optional<Charset> fromHeader = contentType.flatMap(PageDecoder::charsetIn);
    Optional<Charset> fromBom = bom(bytes);
    Optional<Charset> fromMeta = metaCharset(bytes);
    String from;
    String declaredName;
    Charset declared;
    if (fromOverride.isPresent()) {
      declared = fromOverride.get();
      declaredName = override.get().strip();
      from = "the source's charset:";
    } else if (fromHeader.isPresent()) {
      declared = fromHeader.get();
      declaredName = nameIn(contentType.get());
      from = "Content-Type header";
    } else if (fromBom.isPresent()) {
      declared = fromBom.get();
      declaredName = declared.name();
      from = "byte-order mark";
    } else if (fromMeta.isPresent()) {
      declared = fromMeta.get();
      declaredName = metaName(bytes);
      from = "meta tag";
    } else {
      declared = isUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
      declaredName = declared.name();
      from = "detected: " + (declared == StandardCharsets.UTF_8 ? "valid UTF-8" : "not UTF-8");
    }
    String text = decodeAs(bytes, declared);
    String damage = damage(text, declared, bytes);
    if (damage == null) {
      return new DecodedPage(text, declared, from, Optional.empty());
    }
    List<String> tried = new ArrayList<>();
    tried.add("as " + declaredName + " (" + from + ") " + damage);
    for (Charset candidate : List.of(StandardCharsets.UTF_8, GB18030)) {
      if (candidate.equals(declared)) {
        continue;
      }
      String other = decodeAs(bytes, candidate);
      String otherDamage = damage(other, candidate, bytes);
      if (otherDamage == null && clearlyReads(other, candidate)) {
        String warning = url + ": the page declares " + declaredName + " (" + from + "), which " + damage
            + "; read as " + candidate.name() + ", which decodes cleanly";
        return new DecodedPage(other, candidate, "read as " + candidate.name() + "; " + from + " said "
            + declaredName, Optional.of(warning));
      }
      tried.add("as " + candidate.name() + " " + (otherDamage != null ? otherDamage
          : "gives no clearly readable text either"));
    }
    throw new DecodeException(url, "no charset reads the page: " + String.join("; ", tried)
        + " (set charset: in the source if another charset is right)");
  }

  private static String decodeAs(byte[] bytes, Charset charset) {
    int skip = bomLength(bytes, charset);
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  /** What is wrong with the text read as {@code charset}, or null when it reads cleanly. */
  private static String damage(String text, Charset charset, byte[] bytes) {
    if (text.contains("锟斤拷") || text.contains("烫烫烫")) {
      return "contains 锟斤拷-style mojibake (the page was re-encoded wrongly at the source)";
    }
    long replacements = text.chars().filter(c -> c == '\uFFFD').count();
    if (replacements > 3 && replacements * 1000 > text.length()) {
      return "gives " + replacements + " unreadable characters (the bytes are not in that charset)";
    }
    if (charset.equals(GB18030) && looksMisread(text)) {
      return "gives mostly rare characters (such as 鍙戝竷 for 发布): the bytes are UTF-8, not GBK";
    }
    // GBK text is valid UTF-8 only by accident, never for more than a few characters.
    if (charset.equals(GB18030) && utf8Sequences(bytes) >= 4) {
      return "reads bytes that are valid UTF-8 (a page saved as UTF-8 keeps its old meta tag)";
    }
    if (isSingleByte(charset) && hasMultibyteUtf8(bytes)) {
      return "gives Latin mojibake: the bytes are UTF-8";
    }
    return null;
  }

  /**
   * Whether a charset other than the declared one reads the page beyond doubt: no unreadable
   * character at all, and for GB18030 nearly all Han characters among the common ones.
   */
  private static boolean clearlyReads(String text, Charset charset) {
    if (text.indexOf('\uFFFD') >= 0) {
      return false;
    }
    if (!charset.equals(GB18030)) {
      return true;
    }
    int[] counts = hanCounts(text);
    return counts[0] > 0 && counts[1] * 10 <= counts[0];
  }

  private static boolean isSingleByte(Charset charset) {
    String n = charset.name().toLowerCase(Locale.ROOT);
    return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
  }

  /** How many multi-byte characters the bytes hold if they are valid UTF-8, else 0. */
  private static int utf8Sequences(byte[] bytes) {
    int leads = 0;
    for (byte b : bytes) {
      if ((b & 0xC0) == 0xC0) {
        leads++;
      }
    }
    return leads > 0 && isUtf8(bytes) ? leads : 0;
  }

  private static boolean hasMultibyteUtf8(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return isUtf8(bytes);
      }
    }
    return false;
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

  private static String nameIn(String text) {
    Matcher m = META_CHARSET.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  private static String metaName(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tag = META_TAG.matcher(head);
    while (tag.find()) {
      if (charsetIn(tag.group()).isPresent()) {
        return nameIn(tag.group());
      }
    }
    return "";
  }

  /** The first supported charset named in a meta tag near the top of the page. */
  private static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tag = META_TAG.matcher(head);
    while (tag.find()) {
      Optional<Charset> c = charsetIn(tag.group());
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
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

  /** The byte-order mark's length when it is the one of {@code charset}: UTF-16BE and -LE decoders keep it. */
  private static int bomLength(byte[] b, Charset charset) {
    if (!bom(b).filter(charset::equals).isPresent()) {
      return 0;
    }
    return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
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

  /**
   * Whether the Han characters of a page are mostly outside GB2312's 6,763 common ones: real
   * Chinese prose uses them for nearly every character, UTF-8 misread as GBK almost never does.
   */
  static boolean looksMisread(String text) {
    int[] counts = hanCounts(text);
    return counts[0] >= 20 && counts[1] * 10 > counts[0] * 3;
  }

  /** Han characters in the first 2,000 of them, and how many of those are outside GB2312. */
  private static int[] hanCounts(String text) {
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
    return new int[] {han, rare};
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

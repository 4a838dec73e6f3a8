package bulletin.collector.parse;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A page's text with the charset that read it and where that charset came from.
 *
 * @param charsetFrom what decided the charset: the source's {@code charset:}, the Content-Type
 *     header, a byte-order mark, a meta tag, or detection from the bytes
 * @param warning set when the declared charset gave mojibake and another one read the page
 */
public record DecodedPage(String text, Charset charset, String charsetFrom, Optional<String> warning) {

  /** How the charset was chosen, for the command line: {@code UTF-8 (meta tag)}. */
  public String charsetNote() {
    return charset.name() + " (" + charsetFrom + ")";
  }
}

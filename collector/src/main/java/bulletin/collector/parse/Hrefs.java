package bulletin.collector.parse;

import java.net.URI;
import java.util.Optional;

/**
 * A link's address as a {@link URI}. Pages carry addresses that browsers follow and {@link URI}
 * refuses: spaces, {@code |}, {@code ^}, braces, a {@code %} that starts no escape. Those characters
 * are escaped first, as a browser does, so the item is not lost.
 */
public final class Hrefs {
  private static final String ESCAPED = " |^`{}\\\"<>";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Hrefs() {}

  /** The address {@code href} (absolute or not), or empty when even escaped it is not one. */
  public static Optional<URI> uri(String href) {
    StringBuilder s = new StringBuilder(href.length() + 8);
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c == '%' && !(i + 2 < href.length() && hex(href.charAt(i + 1)) && hex(href.charAt(i + 2)))) {
        s.append("%25");
      } else if (ESCAPED.indexOf(c) >= 0) {
        s.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        s.append(c);
      }
    }
    try {
      return Optional.of(URI.create(s.toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}

package bulletin.collector.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One spelling per page: lowercase scheme and host, no default port, no fragment, no tracking
 * parameters, remaining parameters sorted. The item id is a hash of this form, so the same page
 * reached by two links is one item.
 */
public final class CanonicalUrl {
  private CanonicalUrl() {}

  public static String of(URI url) {
    String scheme = url.getScheme() == null ? "http" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = url.getRawQuery() == null ? null : Arrays.stream(url.getRawQuery().split("&"))
        .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).matches("(utm_[a-z]+|spm|from|share)(=.*)?"))
        .sorted()
        .collect(Collectors.joining("&"));
    try {
      return new URI(scheme, null, host, port, null, null, null) + path
          + (query == null || query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.toString();
    }
  }

  /** The item id: the first 16 bytes of SHA-256 over the canonical URL, in hex. */
  public static String itemId(String canonicalUrl) {
    return HexFormat.of().formatHex(sha256(canonicalUrl), 0, 16);
  }

  /** A hash of an item's text, to notice when a page changed. */
  public static String contentHash(String text) {
    return HexFormat.of().formatHex(sha256(text), 0, 16);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

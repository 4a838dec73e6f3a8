package bulletin.review;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The log-in form's CSRF token without a session: the page sets a random nonce cookie, and the
 * form's token is an HMAC of that nonce under a key of this process. A post is accepted when its
 * token matches its own cookie's nonce, which another site can neither read nor set (SameSite,
 * HttpOnly). Nothing is stored per visitor, so opening the log-in page costs the server nothing.
 */
final class LoginForm {
  static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] key = new byte[32];

  LoginForm() {
    RANDOM.nextBytes(key);
  }

  static String nonce() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The token a form carries for the browser holding {@code nonce}. */
  String token(String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  /** Whether a log-in post with this cookie nonce and form token comes from the log-in page. */
  boolean accepts(String nonce, String token) {
    return nonce != null && !nonce.isEmpty() && token != null
        && MessageDigest.isEqual(token(nonce).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}

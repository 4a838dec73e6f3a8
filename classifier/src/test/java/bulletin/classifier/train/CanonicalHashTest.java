package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalHashTest {
  @Test
  void theFingerprintIsTheFirstFourBytesOfTheSha256InHex() {
    // SHA-256("abc") = ba7816bf 8f01cfea …; SHA-256("") = e3b0c442 98fc1c14 …
    assertEquals("ba7816bf", CanonicalHash.of("abc".getBytes(StandardCharsets.UTF_8)));
    assertEquals("e3b0c442", CanonicalHash.of(new byte[0]));
  }
}

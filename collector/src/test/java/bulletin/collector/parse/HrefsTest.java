package bulletin.collector.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Addresses that browsers follow and {@link URI} refuses are escaped; escapes already there are kept. */
class HrefsTest {
  @Test
  void charactersUriRefusesAreEscaped() {
    assertEquals(Optional.of(URI.create("https://a.cn/x%20y%7Cz%5E%60%7B%7D%5C%22%3C%3E.html")),
        Hrefs.uri("https://a.cn/x y|z^`{}\\\"<>.html"));
  }

  @Test
  void aPercentSignStartingAnEscapeIsKeptAndAnyOtherIsEscaped() {
    assertEquals(Optional.of(URI.create("https://a.cn/%E7%A7%91.html")), Hrefs.uri("https://a.cn/%E7%A7%91.html"));
    assertEquals(Optional.of(URI.create("https://a.cn/%e7%a7%91.html")), Hrefs.uri("https://a.cn/%e7%a7%91.html"));
    assertEquals(Optional.of(URI.create("https://a.cn/?p=50%25")), Hrefs.uri("https://a.cn/?p=50%"));
    assertEquals(Optional.of(URI.create("https://a.cn/?p=%251")), Hrefs.uri("https://a.cn/?p=%1"));
    assertEquals(Optional.of(URI.create("https://a.cn/?p=%25G1")), Hrefs.uri("https://a.cn/?p=%G1"));
    assertEquals(Optional.of(URI.create("https://a.cn/?p=%25%2F")), Hrefs.uri("https://a.cn/?p=%%2F"));
  }

  @Test
  void anAddressAlreadyValidIsUnchangedAndOneThatIsNoneIsEmpty() {
    assertEquals(Optional.of(URI.create("https://kjj.ordos.gov.cn/gzdt/202103/t20210323_1.html")),
        Hrefs.uri("https://kjj.ordos.gov.cn/gzdt/202103/t20210323_1.html"));
    assertEquals(Optional.of(URI.create("https://a.cn/科技.html")), Hrefs.uri("https://a.cn/科技.html"));
    assertEquals(Optional.empty(), Hrefs.uri("http://[::1/x.html"));
  }

  @Test
  void anEscapeIsTwoDigitsOrLettersFromAToFInEitherCase() {
    assertEquals(Optional.of(URI.create("https://a.cn/%0f%F9%a0%AF")), Hrefs.uri("https://a.cn/%0f%F9%a0%AF"));
    // the characters either side of 0–9, a–f and A–F
    assertEquals(Optional.of(URI.create("https://a.cn/%25/0%25:0%25%600%25g0%25@0%25G0")),
        Hrefs.uri("https://a.cn/%/0%:0%`0%g0%@0%G0"));
  }

  @Test
  void aShortRelativeAddressIsOneToo() {
    assertEquals(Optional.of(URI.create("a")), Hrefs.uri("a"));
    assertEquals(Optional.of(URI.create("")), Hrefs.uri(""));
  }
}

package bulletin.collector.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** One form per page, whatever link reached it. */
class CanonicalUrlTest {
  private static String of(String url) {
    return CanonicalUrl.of(URI.create(url));
  }

  @Test
  void schemeAndHostAreLowerCaseAndDefaultPortsDropped() {
    assertEquals("https://kjj.ordos.gov.cn/a.html", of("HTTPS://KJJ.Ordos.gov.cn:443/a.html"));
    assertEquals("http://kjj.ordos.gov.cn/a.html", of("http://kjj.ordos.gov.cn:80/a.html"));
    assertEquals("http://kjj.ordos.gov.cn:443/a.html", of("http://kjj.ordos.gov.cn:443/a.html"));
    assertEquals("https://kjj.ordos.gov.cn:80/a.html", of("https://kjj.ordos.gov.cn:80/a.html"));
    assertEquals("https://kjj.ordos.gov.cn:8443/a.html", of("https://kjj.ordos.gov.cn:8443/a.html"));
    assertEquals("https://kjj.ordos.gov.cn/", of("https://kjj.ordos.gov.cn"));
    assertEquals("https://kjj.ordos.gov.cn/a.html", of("https://kjj.ordos.gov.cn/a.html#top"));
  }

  @Test
  void trackingParametersGoAndTheOthersAreSorted() {
    assertEquals("https://a.gov.cn/p?id=7&page=2",
        of("https://a.gov.cn/p?page=2&utm_source=wx&id=7&spm=1.2&from=timeline&share&&UTM_Medium=x"));
    assertEquals("https://a.gov.cn/p", of("https://a.gov.cn/p?utm_campaign=x"));
    assertEquals("https://a.gov.cn/p", of("https://a.gov.cn/p?"));
    assertEquals("https://a.gov.cn/p?fromage=1&shared=2", of("https://a.gov.cn/p?shared=2&fromage=1"));
  }

  @Test
  void aUrlWithoutSchemeOrHostKeepsWhatItHas() {
    assertEquals("/a.html", of("/a.html"));
  }

  @Test
  void idsAndHashesAreSixteenBytesOfSha256() {
    assertEquals(32, CanonicalUrl.itemId("https://a.gov.cn/").length());
    assertEquals("0d4c8aa16e7e2bc2d4b1bc9bea0a8d45".length(), CanonicalUrl.contentHash("标题\n正文").length());
    assertEquals(CanonicalUrl.contentHash("标题\n正文"), CanonicalUrl.contentHash("标题\n正文"));
    assertNotEquals(CanonicalUrl.contentHash("标题\n正文"), CanonicalUrl.contentHash("标题\n正文。"));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb924", CanonicalUrl.contentHash(""));
  }
}

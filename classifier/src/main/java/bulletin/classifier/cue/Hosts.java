package bulletin.classifier.cue;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Whose site a page is on, from its host name: the Ordos bureau, Ordos, a league, the region, a ministry, elsewhere. */
final class Hosts {
  private static final List<String> BUREAU = List.of("kjj.ordos.gov.cn");
  private static final List<String> ORDOS = List.of("ordos");
  private static final List<String> LEAGUE = List.of("huhhot", "baotou", "wuhai", "chifeng", "tongliao", "hlbe",
      "bynr", "wulanchabu", "xam.gov.cn", "xlgl", "alxa", "als.gov.cn", "zgeg", "elht", "manzhouli");
  private static final List<String> REGION = List.of("nmg.gov.cn", "nmgkjt", "nmgnews", "northnews", "nm.people",
      "nmg.xinhuanet", "nmgov");
  private static final List<String> LEADERSHIP = List.of("qstheory.cn");
  private static final List<String> NATIONAL = List.of("www.gov.cn", "most.gov.cn", "miit.gov.cn", "ndrc.gov.cn",
      "moe.gov.cn", "mof.gov.cn", "nsfc.gov.cn", "cas.cn", "cae.cn", "cast.org.cn", "cnipa.gov.cn", "moa.gov.cn",
      "mohrss.gov.cn", "mee.gov.cn", "mofcom.gov.cn", "sasac.gov.cn", "nhc.gov.cn", "nea.gov.cn", "samr.gov.cn",
      "mnr.gov.cn", "stats.gov.cn", "npc.gov.cn", "caas.cn", "cnsa.gov.cn");

  private Hosts() {}

  /** The host of a URL, lower-cased, or "" when there is none. */
  static String hostOf(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static Locus locusOf(String url) {
    String host = hostOf(url);
    if (host.isEmpty()) {
      return Locus.UNKNOWN;
    }
    if (matches(host, BUREAU)) {
      return Locus.BUREAU;
    }
    if (matches(host, ORDOS)) {
      return Locus.ORDOS;
    }
    if (matches(host, LEAGUE)) {
      return Locus.LEAGUE;
    }
    if (matches(host, REGION)) {
      return Locus.REGION;
    }
    if (matches(host, LEADERSHIP)) {
      return Locus.LEADERSHIP;
    }
    if (host.equals("gov.cn") || matches(host, NATIONAL)) {
      return Locus.NATIONAL;
    }
    if (host.endsWith(".gov.cn")) {
      return Locus.ELSEWHERE;
    }
    return Locus.UNKNOWN;
  }

  private static boolean matches(String host, List<String> marks) {
    return marks.stream().anyMatch(host::contains);
  }
}

package bulletin.classifier.cue;

import bulletin.common.record.SourceLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The two facts read off an item before any learning: whose news it is ({@link Locus}, from the
 * places and bodies named in the title and opening, the page's host and the source's level) and
 * what kind of news it is ({@link Genre}, from its genre words).
 *
 * @param locus whose news the item is
 * @param place what decided the locus: the name found, the host, or the level
 * @param genre what kind of news it is
 * @param genreWord the word that decided the genre, or null
 * @param titleLoci every locus named in the title
 * @param leadLoci every locus named in the opening text
 * @param hostLocus the locus the page's host belongs to
 * @param titleGenres every genre whose words the title shows
 * @param leadGenres every genre whose words the opening text shows
 * @param partners the kinds of partner named: 标题高校院所, 导语高校院所, 标题企业, 导语企业
 */
public record Cues(Locus locus, String place, Genre genre, String genreWord, Set<Locus> titleLoci,
    Set<Locus> leadLoci, Locus hostLocus, Set<Genre> titleGenres, Set<Genre> leadGenres, Set<String> partners) {

  /** The bundled word lists the cues are read with: a change to any of them changes the model. */
  public static final List<String> WORD_LISTS = List.of(Places.RESOURCE, Genres.RESOURCE);

  /**
   * The revision of the rules below that read the word lists: raised with every change that reads
   * some item's cues differently, so the model trained on them gets a new version. 2: an unknown
   * county, district or county-level city opening a clause places the item elsewhere.
   */
  public static final int RULES_REVISION = 2;

  /** How much of the text counts as its opening. */
  static final int LEAD = 200;

  /**
   * Where the locus is looked for, in order: the title's names before the opening's, vague words
   * last; in each, an unknown county's name ({@link #UNKNOWN_PLACE}) comes before generic bodies.
   */
  private record Tier(boolean inTitle, Places.Strength strength) {}

  private static final List<Tier> TIERS = List.of(new Tier(true, Places.Strength.STRONG),
      new Tier(true, Places.Strength.WEAK), new Tier(false, Places.Strength.STRONG),
      new Tier(false, Places.Strength.WEAK), new Tier(true, Places.Strength.VAGUE),
      new Tier(false, Places.Strength.VAGUE));

  /** Words that join names rather than make them: "领导和县科协" names no county 导和县. */
  private static final String JOINING = "和与及同跟到赴至在对向从为的了等";

  /**
   * A county, district or county-level city the gazetteer does not know ("临澧县", "金水区",
   * "滕州市", "和布克赛尔县") opening a clause, as the one acting: every one of Inner Mongolia's is
   * in the gazetteer, so an unknown one is elsewhere. The name is two to five characters before 县,
   * 区 or 市: none a joining word (but 和 may start a name), neither the first nor the last a
   * generic one (全县, 各区, 现将本市), and not a common word ending in the same characters (城市,
   * 上市, 园区, 高新区: {@link #NOT_A_PLACE}); a body or a verb follows it. Only at a clause's
   * start: inside one, the characters before 市 are mostly a verb (参加市政协, 走进市科技局).
   */
  private static final java.util.regex.Pattern UNKNOWN_PLACE = java.util.regex.Pattern.compile(
      "(?:^|(?<=[，,。：:；;、\\s）)】」”\"日讯]))"
          + "([\\p{IsHan}&&[^全各本该我每" + JOINING.replace("和", "") + "]]"
          + "[\\p{IsHan}&&[^" + JOINING + "]]{0,3}"
          + "[\\p{IsHan}&&[^全各本该我每" + JOINING + "]])(县|区|市)"
          + "(?=科技局|科学技术局|科工局|科工信局|科信局|工信局|经信局|教科局|科协|人民政府|政府|委|政协|人大|副县长|副区长|副市长"
          + "|召开|举行|举办|开展|组织|启动|部署|印发|出台|入选|获批)");

  /** Words that end a name-like run before 县, 区 or 市 but name no place. */
  private static final Set<String> NOT_A_PLACE = Set.of("高新", "开发", "示范", "试验", "实验", "自贸", "保税", "功能",
      "产业", "工业", "经济", "核心", "重点", "贫困", "民族", "边境", "革命", "城区", "园区", "社区", "景区", "辖区", "片区",
      "地区", "省区", "直辖", "城市", "都市", "超市", "上市", "股市", "夜市", "门市", "省市", "县市", "盟市", "区市", "大市");

  /** The first unknown county, district or county-level city named in {@code text}, or null. */
  private static String unknownPlace(String text) {
    java.util.regex.Matcher m = UNKNOWN_PLACE.matcher(text);
    while (m.find()) {
      String stem = m.group(1);
      String lastTwo = stem.substring(stem.length() - 2);
      String last = stem.substring(stem.length() - 1) + m.group(2);
      boolean officialsName = SURNAMES.indexOf(stem.charAt(0)) >= 0 && text.startsWith("副", m.end());
      if (!NOT_A_PLACE.contains(lastTwo) && !NOT_A_PLACE.contains(last) && !officialsName) {
        return m.group();
      }
    }
    return null;
  }

  /**
   * A document number of another province's government or department ("桂科基字〔2022〕60号",
   * "苏科成发〔2024〕"): the province's one-letter name, the issuing body's, and the kind of document
   * (发, 函, 字, 规…). It places the item in that province even where the text says only 自治区 or
   * 省. 内 and 蒙 are Inner Mongolia's, and 鄂 (Hubei) is left out: Ordos's own numbers start with it.
   */
  private static final java.util.regex.Pattern PROVINCE_DOCUMENT = java.util.regex.Pattern.compile(
      "[京津冀晋辽吉黑沪苏浙皖闽赣鲁豫湘粤桂琼渝川黔滇藏陕甘青宁新](?:科|工信|发改|财|教|政)\\p{IsHan}{0,3}?[发函字规办教][〔\\[【（(]\\s*(?:19|20)\\d\\d");

  /** A ministry's bare name (科技部, 教育部): the nation's, unless the item is Taiwan's. */
  private static final java.util.regex.Pattern GENERIC_MINISTRY = java.util.regex.Pattern.compile("\\p{IsHan}{1,3}部");

  /**
   * Taiwan named, or its bodies, or a year counted the Republic's way (110年度): then a bare 科技部 is
   * Taiwan's ministry, whose news the policy puts off-topic, not the national one.
   */
  private static final java.util.regex.Pattern TAIWAN =
      java.util.regex.Pattern.compile("台湾|台北|行政院|立法院|国科会|民国1\\d\\d年|(?<!\\d)1[0-2]\\d年度");

  /** Words naming a partner an item may be about: universities, institutes, enterprises. */
  private static final List<String> ACADEMIC = List.of("大学", "学院", "研究院", "研究所", "科学院", "工程院", "院士", "高校");
  private static final List<String> ENTERPRISE = List.of("集团", "公司", "企业");

  /** Reads the cues of an item. */
  public static Cues of(String title, String text, String url, SourceLevel level) {
    String lead = text.length() > LEAD ? text.substring(0, LEAD) : text;
    List<PhraseTrie.Hit<Places.Entry>> inTitle = withDocumentNumber(title, placesIn(title));
    List<PhraseTrie.Hit<Places.Entry>> inLead = withDocumentNumber(lead, placesIn(lead));
    Locus host = Hosts.locusOf(url);
    boolean ordosContext = host == Locus.ORDOS || host == Locus.BUREAU || level == SourceLevel.MUNICIPAL
        || strongly(inTitle, Locus.ORDOS) || strongly(inLead, Locus.ORDOS) || strongly(inTitle, Locus.BUREAU)
        || strongly(inLead, Locus.BUREAU);

    Locus locus = null;
    String place = null;
    for (Tier tier : TIERS) {
      if (locus == null && tier.strength() == Places.Strength.WEAK) {
        // an unknown county's name is a name: after the gazetteer's names, before generic bodies
        place = unknownPlace(tier.inTitle() ? title : lead);
        locus = place == null ? null : Locus.ELSEWHERE;
      }
      for (PhraseTrie.Hit<Places.Entry> h : tier.inTitle() ? inTitle : inLead) {
        if (locus == null && h.value().strength() == tier.strength()) {
          locus = resolve(h.value(), ordosContext);
          place = h.phrase();
        }
      }
    }
    if (locus == null && host != Locus.UNKNOWN) {
      locus = host;
      place = Hosts.hostOf(url);
    }
    if (locus == null && level != null) {
      locus = switch (level) {
        case LEADERSHIP -> Locus.LEADERSHIP;
        case NATIONAL -> Locus.NATIONAL;
        case REGIONAL -> Locus.REGION;
        case MUNICIPAL -> Locus.ORDOS;
        case PEER -> Locus.ELSEWHERE;
      };
      place = "来源级别 " + level.wireName();
    }
    if (locus == null) {
      locus = Locus.UNKNOWN;
    }
    if (locus == Locus.NATIONAL && GENERIC_MINISTRY.matcher(place).matches()
        && TAIWAN.matcher(title + "\n" + lead).find()) {
      locus = Locus.ABROAD;
    }

    List<PhraseTrie.Hit<Genre>> genresInTitle = withPlaceholder(title, Genres.find(title));
    List<PhraseTrie.Hit<Genre>> genresInLead = withPlaceholder(lead, Genres.find(lead));
    PhraseTrie.Hit<Genre> decisive = mostDecisive(genresInTitle);
    PhraseTrie.Hit<Genre> leadGenre = mostDecisive(genresInLead);
    if (decisive == null || leadGenre != null && leadGenre.value() == Genre.TEMPLATE) {
      // a template's mark anywhere makes the page a model text, whatever its title says
      decisive = decisive != null && decisive.value() == Genre.TEMPLATE ? decisive : leadGenre;
    }
    return new Cues(locus, place, decisive == null ? Genre.OTHER : decisive.value(),
        decisive == null ? null : decisive.phrase(), loci(inTitle, ordosContext, title),
        loci(inLead, ordosContext, lead), host, genres(genresInTitle), genres(genresInLead), partners(title, lead));
  }

  /**
   * Common one-character surnames: a two-character place right after one of them, and right before a
   * person's title or a verb of meeting, is part of a name ("市长贺海东与…", "徐南平副部长").
   */
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
      + "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final List<String> AFTER_A_NAME = List.of("副部长", "部长", "副主席", "主席", "书记", "副省长", "省长",
      "副市长", "市长", "局长", "厅长", "院士", "教授", "校长", "同志", "一行", "率", "带队", "与", "和", "会见", "主持",
      "出席", "表示", "指出", "强调", "说", "在");

  /** The gazetteer's places in {@code text}, leaving out the ones that are part of a person's name. */
  private static List<PhraseTrie.Hit<Places.Entry>> placesIn(String text) {
    return Places.find(text).stream().filter(h -> !partOfAName(text, h)).toList();
  }

  private static boolean partOfAName(String text, PhraseTrie.Hit<Places.Entry> h) {
    int end = h.at() + h.phrase().length();
    return h.phrase().length() == 2 && h.at() > 0 && SURNAMES.indexOf(text.charAt(h.at() - 1)) >= 0
        && AFTER_A_NAME.stream().anyMatch(w -> text.startsWith(w, end));
  }

  /**
   * A template's blanks ("XXX县", "20xx年", "××市"): an essay or document site's model text, not
   * news. A bare 某市 is not one: mirror sites put it in place of real names.
   */
  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("(?:[Xx×]{1,3})(?:县|市|区|镇|乡|旗)|20[Xx×]{2}|[Xx×]{2}年|XXX");

  private static List<PhraseTrie.Hit<Genre>> withPlaceholder(String text, List<PhraseTrie.Hit<Genre>> genres) {
    java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
    if (!m.find()) {
      return genres;
    }
    List<PhraseTrie.Hit<Genre>> out = new java.util.ArrayList<>(genres);
    out.add(new PhraseTrie.Hit<>(m.start(), m.group(), Genre.TEMPLATE));
    return out;
  }

  /** The places found in {@code text}, with another province's document number first among them. */
  private static List<PhraseTrie.Hit<Places.Entry>> withDocumentNumber(String text,
      List<PhraseTrie.Hit<Places.Entry>> places) {
    int bracket = firstYearBracket(text);
    if (bracket < 0) {
      return places;
    }
    // Every number starts at most 7 characters before its bracket (province, body, 0–3 more, kind),
    // so the pattern is tried from there on only: the same match, without trying it at every letter.
    java.util.regex.Matcher m = PROVINCE_DOCUMENT.matcher(text).region(Math.max(0, bracket - 7), text.length());
    if (!m.find()) {
      return places;
    }
    List<PhraseTrie.Hit<Places.Entry>> out = new java.util.ArrayList<>();
    out.add(new PhraseTrie.Hit<>(m.start(), m.group(), new Places.Entry(Locus.ELSEWHERE, Places.Strength.STRONG)));
    out.addAll(places);
    return out;
  }

  /** Where the first bracket followed by a year ("〔2022", "( 2021") stands in {@code text}, or -1. */
  static int firstYearBracket(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("〔[【（(".indexOf(text.charAt(i)) >= 0) {
        int j = i + 1;
        while (j < text.length() && isRegexSpace(text.charAt(j))) {
          j++;
        }
        if (j + 4 <= text.length() && (text.startsWith("19", j) || text.startsWith("20", j))
            && isAsciiDigit(text.charAt(j + 2)) && isAsciiDigit(text.charAt(j + 3))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** What {@code \s} matches in a pattern without Unicode classes. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Set<String> partners(String title, String lead) {
    Set<String> out = new java.util.TreeSet<>();
    if (ACADEMIC.stream().anyMatch(title::contains)) {
      out.add("标题高校院所");
    }
    if (ACADEMIC.stream().anyMatch(lead::contains)) {
      out.add("导语高校院所");
    }
    if (ENTERPRISE.stream().anyMatch(title::contains)) {
      out.add("标题企业");
    }
    if (ENTERPRISE.stream().anyMatch(lead::contains)) {
      out.add("导语企业");
    }
    return out;
  }

  /** The reasons an editor reads: {@code 属地：兴安盟（区内盟市）}, {@code 类型：工作会议（“召开”）}. */
  public List<String> reasons() {
    return List.of("属地：" + (place == null ? "" : place + "（") + locus.words() + (place == null ? "" : "）"),
        "类型：" + genre.words() + (genreWord == null ? "" : "（“" + genreWord + "”）"));
  }

  /**
   * A bare 市科技局 is the Ordos bureau only where the item is about Ordos; elsewhere it is some
   * other city's bureau.
   */
  private static Locus resolve(Places.Entry found, boolean ordosContext) {
    if (found.locus() == Locus.BUREAU && !found.strong() && !ordosContext) {
      return Locus.ELSEWHERE;
    }
    return found.locus();
  }

  private static boolean strongly(List<PhraseTrie.Hit<Places.Entry>> hits, Locus locus) {
    return hits.stream().anyMatch(h -> h.value().strong() && h.value().locus() == locus);
  }

  private static Set<Locus> loci(List<PhraseTrie.Hit<Places.Entry>> hits, boolean ordosContext, String text) {
    Set<Locus> out = EnumSet.noneOf(Locus.class);
    hits.forEach(h -> out.add(resolve(h.value(), ordosContext)));
    if (unknownPlace(text) != null) {
      out.add(Locus.ELSEWHERE);
    }
    return out;
  }

  private static Set<Genre> genres(List<PhraseTrie.Hit<Genre>> hits) {
    Set<Genre> out = EnumSet.noneOf(Genre.class);
    hits.forEach(h -> out.add(h.value()));
    return out;
  }

  private static PhraseTrie.Hit<Genre> mostDecisive(List<PhraseTrie.Hit<Genre>> hits) {
    PhraseTrie.Hit<Genre> best = null;
    for (PhraseTrie.Hit<Genre> h : hits) {
      if (best == null || h.value().ordinal() < best.value().ordinal()) {
        best = h;
      }
    }
    return best;
  }
}

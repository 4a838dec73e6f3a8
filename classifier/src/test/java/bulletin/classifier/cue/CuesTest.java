package bulletin.classifier.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.record.SourceLevel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two facts read off an item: whose news it is and what kind, and the words that decided. */
class CuesTest {
  private static Cues cues(String title, String text) {
    return Cues.of(title, text, null, null);
  }

  @Test
  void theTitlesNameDecidesBeforeTheOpenings() {
    Cues c = cues("兴安盟科技局召开2021年科技工作会议", "会上，自治区科技厅有关负责同志讲话。");
    assertEquals(Locus.LEAGUE, c.locus());
    assertEquals("兴安盟", c.place().substring(0, 3));
    assertEquals(Genre.MEETING, c.genre());
    assertTrue(c.leadLoci().contains(Locus.REGION));
  }

  @Test
  void anotherProvincesDocumentNumberPlacesTheItemThereThoughTheTitleSaysOnly自治区() {
    Cues c = cues("自治区科技厅关于公布2022年度自治区重点实验室新认定名单的通知（桂科基字〔2022〕60号）", "");
    assertEquals(Locus.ELSEWHERE, c.locus());
    assertEquals("桂科基字〔2022", c.place());
    assertEquals(List.of("属地：桂科基字〔2022（外省市）", "类型：申报评审（“认定”）"), c.reasons());
  }

  @Test
  void aDocumentNumberInTheOpeningCountsAfterTheTitlesNames() {
    Cues c = cues("关于做好2023年度科学技术奖提名工作的通知", "根据《省科学技术奖励办法》（苏科成发〔2024〕12号），现将有关事项通知如下。");
    assertEquals(Locus.ELSEWHERE, c.locus());
    assertEquals("苏科成发〔2024", c.place());
  }

  @Test
  void innerMongoliasOrdossAndNationalNumbersPlaceNothing() {
    for (String number : List.of("内科发〔2021〕5号", "鄂科发〔2021〕5号", "国科发资〔2021〕5号", "财教〔2021〕5号")) {
      Cues c = cues("关于印发管理办法的通知（" + number + "）", "");
      assertTrue(c.locus() != Locus.ELSEWHERE, number + " gave " + c.locus());
    }
  }

  @Test
  void aDocumentNumberIsLookedForFromTheFirstBracketFollowedByAYear() {
    assertEquals(4, Cues.firstYearBracket("根据文件〔2022〕"));
    assertEquals(2, Cues.firstYearBracket("会议（ 1998年）"), "spaces may stand between the bracket and the year");
    assertEquals(-1, Cues.firstYearBracket("（一）〔20〕（二〇二一）[2a21]"), "a bracket needs four digits of 19xx or 20xx after it");
    assertEquals(5, Cues.firstYearBracket("（一）通知（2021"));
    assertEquals(-1, Cues.firstYearBracket("〔202"), "the year runs past the end");
  }

  @Test
  void aNumberIsFoundWhereverItsBracketStands() {
    String filler = "为深入贯彻落实有关部署，进一步做好相关工作，现将有关事项通知如下。".repeat(3);
    Cues late = cues("关于做好科学技术奖提名工作的通知", filler + "（苏科成发〔2024〕12号）");
    assertEquals("苏科成发〔2024", late.place(), "the opening's number, after a long text without one");
    Cues first = cues("苏科成发〔2024〕12号", "");
    assertEquals("苏科成发〔2024", first.place(), "a number at the very start of the text");
    Cues bracketFirst = cues("（2021年）会议纪要，另见桂科基字〔2022〕60号", "");
    assertEquals("桂科基字〔2022", bracketFirst.place(), "an earlier bracket with a year that is no number does not hide a later one");
  }

  @Test
  void wordsThatOnlyLookLikeANumberAreNotOne() {
    Cues c = cues("创新科研项目（2021年）结题验收", "");
    assertTrue(c.locus() != Locus.ELSEWHERE, "locus " + c.locus());
  }

  @Test
  void taiwansBodiesAreOutsideNews() {
    assertEquals(Locus.ABROAD, cues("新竹科学园区管理局改隶国科会", "").locus());
    assertEquals(Locus.ABROAD, cues("台湾科技主管部门召开策略会议", "").locus());
  }

  @Test
  void aBareMinistrysNameIsTaiwansWhereTheItemIsTaiwans() {
    assertEquals(Locus.ABROAD, cues("科技部长吴政忠上任", "吴政忠表示，台湾将加强半导体研发。").locus());
    assertEquals(Locus.ABROAD, cues("科技部110年度第1期产学合作研究计划开始收件", "").locus());
    assertEquals(Locus.NATIONAL, cues("科技部与德国联邦教研部签署合作声明", "双方将在人工智能领域开展联合研究。").locus());
    assertEquals(Locus.NATIONAL, cues("科技部召开2021年度工作会议", "会议总结110项重点任务。").locus());
  }

  @Test
  void aBare市科技局IsOrdossBureauOnlyWhereTheItemIsAboutOrdos() {
    assertEquals(Locus.ELSEWHERE, cues("市科技局召开党组会议", "会议传达学习有关精神。").locus());
    assertEquals(Locus.BUREAU, cues("市科技局召开党组会议", "鄂尔多斯市科技局党组书记主持会议。").locus());
    assertEquals(Locus.BUREAU, Cues.of("市科技局召开党组会议", "", null, SourceLevel.MUNICIPAL).locus());
  }

  @Test
  void anUnknownCountyIsElsewhere() {
    Cues c = cues("临澧县召开科技特派员工作推进会", "");
    assertEquals(Locus.ELSEWHERE, c.locus());
    assertEquals("临澧县", c.place());
    assertEquals(Locus.UNKNOWN, cues("全县召开科技工作推进会", "").locus());
    assertEquals(Locus.UNKNOWN, cues("在上级领导和县科协的指导下开展科普活动", "").locus(), "导和 is no county's name");
    assertEquals(Locus.UNKNOWN, cues("镇领导在县召开的会议上发言", "").locus(), "nor is 导在");
  }

  @Test
  void anUnknownDistrictOrCityOpeningAClauseIsElsewhereBeforeAnyGenericBodyOrAnOpeningsName() {
    Cues district = cues("金水区组织开展2015年科技活动周系列活动", "全区各单位积极参与。");
    assertEquals(Locus.ELSEWHERE, district.locus(), "全区 is the district's, not the region's: " + district.reasons());
    assertEquals("金水区", district.place());
    assertEquals(Locus.ELSEWHERE, cues("滕州市副市长带队到镇里调研企业科技创新", "").locus());
    assertEquals(Locus.ELSEWHERE, cues("博湖县召开科技创新工作领导小组会议", "会议学习习近平总书记有关重要论述。").locus(),
        "the county holding the meeting is whose news it is, not the leader it quotes");
    assertEquals("和布克赛尔县", cues("和布克赛尔县举行科技活动周启动仪式", "").place());
    assertEquals(Locus.ELSEWHERE, cues("5月21日，尉犁县举办科技特派员培训", "").titleLoci().iterator().next());
    assertEquals(Locus.ORDOS, cues("东胜区召开科技工作会议", "").locus(), "Ordos's districts are in the gazetteer");
    assertEquals(Locus.ORDOS, cues("鄂尔多斯高新区召开科技工作会议", "").locus());
    assertEquals(Locus.UNKNOWN, cues("高新区召开科技工作会议", "").locus(), "高新区 names no place");
    assertEquals(Locus.UNKNOWN, cues("智慧城市召开论坛", "").locus(), "城市 is no city");
    assertEquals(Locus.UNKNOWN, cues("李明副市长调研科技工作", "").locus(), "李明 is the vice-mayor's name");
    assertEquals(Locus.BUREAU, cues("11月9日，市科技局参加市政协界别协商会议", "鄂尔多斯市科技局汇报工作。").locus(),
        "inside a clause the characters before 市 are a verb (参加市政协)");
    assertEquals(Locus.UNKNOWN, cues("关于组织申报项目的通知", "现将本市开展项目申报的有关事项通知如下。").locus(),
        "现将本市 is no city");
  }

  @Test
  void aPlaceInsideAPersonsNameDoesNotPlaceTheItem() {
    Cues mayor = cues("贺海东主持召开市政府常务会议", "呼和浩特市市长贺海东与来访客人座谈。");
    assertEquals(Locus.LEAGUE, mayor.locus(), "海东 (Qinghai) is part of the mayor's name; " + mayor.reasons());
    assertEquals(Locus.UNKNOWN, cues("贺海东主持会议", "").locus(), "a name alone places nothing");
    assertEquals(Locus.LEAGUE, cues("徐南平副部长到阿拉善调研", "").locus(), "南平 (Fujian) is part of the vice-minister's name");
    assertEquals(Locus.ELSEWHERE, cues("南平市召开科技工作会议", "").locus(), "the city itself still counts");
  }

  @Test
  void withoutANameTheHostThenTheLevelDecides() {
    Cues byHost = Cues.of("召开2021年科技工作会议", "", "https://kjt.nmg.gov.cn/x/1.html", SourceLevel.PEER);
    assertEquals(Locus.REGION, byHost.locus());
    assertEquals("kjt.nmg.gov.cn", byHost.place());
    Cues byLevel = Cues.of("召开2021年科技工作会议", "", "https://example.com/1.html", SourceLevel.PEER);
    assertEquals(Locus.ELSEWHERE, byLevel.locus());
    assertEquals("来源级别 peer", byLevel.place());
    Cues none = Cues.of("召开2021年科技工作会议", "", null, null);
    assertEquals(Locus.UNKNOWN, none.locus());
    assertNull(none.place());
    assertEquals("属地：未识别", none.reasons().get(0));
  }

  @Test
  void theMostDecisiveGenreWins() {
    Cues c = cues("市科技局召开会议部署2021年度项目申报工作", "");
    assertEquals(Genre.CALL, c.genre());
    assertEquals("申报", c.genreWord());
    assertTrue(c.titleGenres().containsAll(Set.of(Genre.CALL, Genre.MEETING)));
    assertEquals(Genre.OTHER, cues("春天来了", "").genre());
  }

  @Test
  void aTemplatesBlanksOrWordsMarkAModelTextNotNews() {
    assertEquals(Genre.TEMPLATE, cues("XXX县科技局2021年工作打算", "").genre());
    assertEquals(Genre.TEMPLATE, cues("科普活动体会", "在20xx年，我镇开展科普活动。").genre());
    assertEquals(Genre.TEMPLATE, cues("全市科技工作会议讲话稿", "").genre());
    assertEquals(List.of("属地：未识别", "类型：范文模板（“范文”）"), cues("范文：科技局工作情况汇报", "").reasons());
    assertEquals(Genre.NON_NEWS, cues("宁波市科技局2024年度工作总结", "").genre(), "a named bureau's summary is no template");
    assertEquals(Genre.OTHER, cues("某市科技局完成科技统计调查", "").genre(), "a mirror's 某市 is no blank");
  }

  @Test
  void partnersAreReadFromTheTitleAndTheOpening() {
    Cues c = cues("鄂尔多斯市与内蒙古大学签署合作协议", "双方将在企业技术攻关方面开展合作。");
    assertEquals(Set.of("标题高校院所", "导语企业"), c.partners());
  }
}

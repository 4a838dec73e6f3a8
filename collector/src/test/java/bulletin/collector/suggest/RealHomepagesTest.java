package bulletin.collector.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.collector.parse.RealPages;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Suggest on the real 2018 homepages in {@code ../shared/realpages/lists/}: on each, a news or notice
 * list is among the first three candidates, with every item and date as the page shows them. The
 * expectations below were copied from the pages' HTML (see lists/INDEX.md for where each list sits).
 */
class RealHomepagesTest {

  /** A list as the page shows it: each item's date as written, headline (title attribute, else text) and link. */
  record Expected(String file, String url, LocalDate snapshot, String column, List<String[]> items) {
    @Override
    public String toString() {
      return file + " · " + column;
    }
  }

  private static String[] item(String shownDate, String title, String href) {
    return new String[] {shownDate, title, href};
  }

  static Stream<Expected> homepages() {
    return Stream.of(
        new Expected("miit.gov.cn.html", "http://www.miit.gov.cn/", LocalDate.of(2018, 3, 16), "司局动态", List.of(
            item("[03.16]", "第24届冬季奥林匹克运动会工业和信息化部工作领导小组召开专题会议", "n1146290/n1146402/n1146440/c6087465/content.html"),
            item("[03.16]", "中小企业局赴湖南调研中小企业服务体系和平台网络", "n1146290/n1146402/n1146440/c6087253/content.html"),
            item("[03.15]", "三部门联合开展交通运输行业新能源汽车推广应用情况调研", "n1146290/n1146402/n1146440/c6084900/content.html"),
            item("[03.14]", "工业和信息化部赴河南督导调研大气污染防治工作", "n1146290/n1146402/n1146440/c6083582/content.html"),
            item("[03.14]", "第十届APEC中小企业技术交流暨展览会组委会秘书处会议在沈阳召开", "n1146290/n1146402/n1146440/c6082981/content.html"))),
        new Expected("ndrc.gov.cn.html", "http://www.ndrc.gov.cn/", LocalDate.of(2018, 3, 19), "公告", List.of(
            item("2018/03/02", "中国开发区审核公告目录(2018年版) 2018年第4号公告", "./zcfb/zcfbgg/201803/t20180302_878797.html"),
            item("2018/02/12", "国家发展和改革委员会公告 2018年第3号", "./zcfb/zcfbgg/201802/t20180212_877383.html"),
            item("2018/02/06", "关于做好取消中央投资项目招标代理机构资格认定后相关工作衔接的公告 2018年第2号", "./zcfb/zcfbgg/201802/t20180206_876793.html"),
            item("2018/01/30", "国家发展改革委 水利部 质检总局 国家认监委 2018年第1号公告", "./zcfb/zcfbgg/201801/t20180130_876458.html"),
            item("2018/01/08", "关于2016年度省级人民政府控制温室气体排放目标责任考核评价结果的公告 2017年第25号", "./zcfb/zcfbgg/201801/t20180108_873193.html"),
            item("2017/12/29", "政府定价的经营服务性收费目录清单 2017年第24号公告", "./zcfb/zcfbgg/201712/t20171229_872343.html"),
            item("2017/12/28", "国家发展和改革委员会 国家质量监督检验检疫总局 国家认证认可监督管理委员会 2017年第23号公告", "./zcfb/zcfbgg/201712/t20171228_871984.html"),
            item("2017/12/18", "2016年度各省（区、市）“双控”考核结果 2017年第22号公告", "./zcfb/zcfbgg/201712/t20171218_870756.html"),
            item("2017/12/01", "线宽小于0.25微米或投资额超过80亿元、线宽小于0.5微米（含）的集成电路生产企业名单 2017年第21号公告", "./zcfb/zcfbgg/201712/t20171201_869253.html"))),
        new Expected("nsfc.gov.cn.html", "http://www.nsfc.gov.cn/", LocalDate.of(2018, 3, 16), "通知通告", List.of(
            item("02-02", "关于公开政府网站监管年度报表和政府网站工作年度报表的通告", "/publish/portal0/tab434/info72792.htm"),
            item("11-30", "关于公布2017年国家自然科学基金依托单位注册审批结果的通告", "/publish/portal0/tab434/info72165.htm"),
            item("11-29", "关于2018年度国家自然科学基金项目申请与结题等有关事项的通告", "/publish/portal0/tab434/info72166.htm"),
            item("02-28", "关于2018年度国家自然科学基金项目申请有关事项的补充通知", "/publish/portal0/tab434/info73020.htm"),
            item("03-16", "关于发布国家自然科学基金委员会-贵州省人民政府喀斯特科学研究中心项目2018年度项目指南的通告", "/publish/portal0/tab434/info73489.htm"),
            item("03-16", "关于发布特提斯地球动力系统重大研究计划2018年度项目指南的通告", "/publish/portal0/tab434/info73490.htm"))),
        new Expected("stcsm.gov.cn.html", "http://www.stcsm.gov.cn/", LocalDate.of(2018, 3, 22), "公示公告", List.of(
            item("2018-03-22", "关于同意上海材料研究所开展新型科研院所改革的批复", "/gk/tzgs/zhtz/546792.htm"),
            item("2018-03-21", "关于上海市2018年度“科技创新行动计划”软科学研究领域重点项目的公示", "/gk/tzgs/gqgg/bsgqgg/kxjgxmgq/546780.htm"),
            item("2018-03-21", "关于2018年国家重点研发计划部分重点专项上海视频答辩评审时间安排的通知", "/gk/tzgs/zhtz/546779.htm"),
            item("2018-03-21", "关于开展2017年度上海市科学技术新闻奖评选工作的通知", "/gk/tzgs/zhtz/546775.htm"),
            item("2018-03-20", "关于核定上海实验动物研究中心免税主体资格的函", "/gk/tzgs/zhtz/546764.htm"),
            item("2018-03-19", "2018年第一季度上海市科委网站普查检查工作情况", "/gk/tzgs/zhtz/546753.htm"),
            item("2018-03-15", "关于开展2018年度技术先进型服务企业认定等工作的通知", "/gk/tzgs/zhtz/546733.htm"),
            item("2018-03-13", "关于审计会计师事务所公开遴选结果的公示", "/gk/tzgs/gqgg/bsgqgg/jtxmgq/546711.htm"),
            item("2018-03-09", "关于公布2018年度上海市青年科技英才扬帆计划入选人员名单的通知", "/gk/tzgs/gqgg/bsgqgg/kxjgxmgq/546703.htm"),
            item("2018-03-07", "关于开展2018年上海市优秀科普作品评选活动的通知", "/gk/tzgs/zhtz/546674.htm"))),
        new Expected("gdstc.gov.cn.html", "http://www.gdstc.gov.cn/", LocalDate.of(2018, 3, 23), "通知公告", List.of(
            item("(2018-03-23)", "广东省科学技术厅关于组织参加“中荷智能与绿色交通...", "/HTML/zwgk/tzgg/15217709783958673777367574712861.html"),
            item("(2018-03-19)", "广东省科学技术厅关于组织申报2018年度科技企业...", "/HTML/zwgk/tzgg/15214486787232436708709828083259.html"),
            item("(2018-03-14)", "广东省科学技术厅关于2017年度广东省实验动物行...", "/HTML/zwgk/tzgg/15210190899167431911193404242707.html"),
            item("(2018-03-06)", "关于印发《广东省科学技术厅  广东省财政厅关于科...", "/HTML/zwgk/tzgg/15204773406492365267969390285761.html"),
            item("(2018-03-01)", "广东省科学技术厅关于征求《广东省科学技术厅科技智...", "/HTML/zwgk/tzgg/15216207229147884963045674077532.html"),
            item("(2018-02-28)", "广东省科学技术厅关于启动重点国别双边联合资助项目...", "/HTML/zwgk/tzgg/15197978563607439216929254708655.html"),
            item("(2018-02-13)", "广东省科学技术厅关于征集中罗（马尼亚）中保（加利...", "/HTML/zwgk/tzgg/1518487586882-5382856117514667575.html"),
            item("(2018-02-12)", "广东省科学技术厅关于组织参加第六届中国（上海）国...", "/HTML/zwgk/tzgg/15184051482131002702119403076864.html"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("homepages")
  void aNewsOrNoticeListIsAmongTheFirstThreeWithEveryItemAndDate(Expected expected) throws Exception {
    Path page = RealPages.folder("lists").resolve(expected.file());
    URI url = URI.create(expected.url());
    Suggestion s = ListSuggester.suggest(Files.readString(page), url, expected.snapshot());
    System.out.printf("%s: %s%n", expected.file(), s.candidates().stream().limit(5)
        .map(c -> c.name() + " " + Math.round(c.score()) + " (" + c.items().size() + ")").toList());

    List<Candidate> firstThree = s.candidates().subList(0, Math.min(3, s.candidates().size()));
    Optional<Candidate> found = firstThree.stream().filter(c -> c.name().equals(expected.column())).findFirst();
    assertTrue(found.isPresent(), expected.column() + " is not among the first three: " + firstThree.stream()
        .map(Candidate::name).toList());
    Candidate c = found.get();
    assertTrue(c.suggested(), c.name() + " scores " + c.score());
    assertEquals(expected.items().size(), c.items().size(), "items of " + c.name());
    for (int k = 0; k < expected.items().size(); k++) {
      String[] want = expected.items().get(k);
      Candidate.Item got = c.items().get(k);
      assertEquals(want[0], got.shownDate().orElse(""), "date of item " + (k + 1));
      assertEquals(want[1].replace("  ", " "), got.title().replace("  ", " "), "headline of item " + (k + 1));
      assertEquals(url.resolve(want[2]), got.url(), "link of item " + (k + 1));
      assertEquals(Optional.of(read(want[0], expected.snapshot())), got.date(), "date read of item " + (k + 1));
    }
    assertTrue(c.yaml().contains("item: \"" + c.selectors().item().replace("\"", "\\\"") + "\""), c.yaml());
  }

  /** The day a shown date stands for: a year-less one is the latest such day not after the snapshot. */
  private static LocalDate read(String shown, LocalDate snapshot) {
    String digits = shown.replaceAll("[^0-9]+", " ").strip();
    String[] p = digits.split(" ");
    if (p.length == 3) {
      return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
    LocalDate d = LocalDate.of(snapshot.getYear(), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    return d.isAfter(snapshot) ? d.minusYears(1) : d;
  }
}

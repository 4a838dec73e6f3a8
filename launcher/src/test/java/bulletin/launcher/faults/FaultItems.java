package bulletin.launcher.faults;

import bulletin.common.record.Announcement;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Announcements for the fault tests: regional science-and-technology news of Inner Mongolia,
 * published from 26 to 31 March 2021, each a different story. Those days are in the window of
 * issue 2021-02, so that the fault tests' many items leave the sections' quotas of issue 2021-01
 * to the end-to-end test that shares the broker and wants its items placed. Item {@code g}
 * combines a city, a field, a partner and figures of its own, in one of several wordings, so that
 * no two items (of any test, when every test takes its own range of numbers) read as reposts of
 * one another.
 */
final class FaultItems {
  private FaultItems() {}

  static final String SOURCE_NAME = "自治区科技厅";

  /** Cities and leagues of Inner Mongolia, each with one of its counties (banners). */
  private static final String[][] CITIES = {{"呼和浩特市", "和林格尔县"}, {"包头市", "达尔罕茂明安联合旗"},
      {"鄂尔多斯市", "准格尔旗"}, {"乌海市", "海勃湾区"}, {"赤峰市", "翁牛特旗"}, {"通辽市", "科尔沁左翼中旗"},
      {"呼伦贝尔市", "扎兰屯市"}, {"巴彦淖尔市", "乌拉特前旗"}, {"乌兰察布市", "察哈尔右翼前旗"},
      {"兴安盟", "科尔沁右翼前旗"}, {"锡林郭勒盟", "正蓝旗"}, {"阿拉善盟", "阿拉善左旗"}};
  /** Fields of research, each with what the work in it is about. */
  private static final String[][] FIELDS = {{"稀土功能材料", "攻克高丰度稀土永磁材料制备工艺"},
      {"氢能储运装备", "研制七十兆帕车载高压储氢瓶"}, {"煤炭清洁高效利用", "开发低阶煤分级提质成套技术"},
      {"乳业生物技术", "选育适合草原牧区的益生菌菌株"}, {"牧草种质资源", "收集保存蒙古冰草等乡土草种"},
      {"风电整机制造", "研制适应高寒风沙环境的大型风机"}, {"光伏硅材料", "推进大尺寸单晶硅片切割技术"},
      {"二氧化碳捕集封存", "建设咸水层封存示范工程"}, {"算力数据中心", "部署液冷服务器节能改造方案"},
      {"马铃薯脱毒种薯", "建立脱毒微型薯快繁体系"}, {"羊绒精深加工", "研发无毛绒超细纺纱工艺"},
      {"煤化工催化剂", "开发煤制烯烃新型分子筛催化剂"}, {"蒙医药现代化", "开展蒙药经典名方质量标准研究"},
      {"盐碱地改良", "试种耐盐碱向日葵新品种"}, {"智慧矿山", "应用井下无人驾驶矿卡运输系统"},
      {"荒漠化防治", "推广光伏治沙生态修复模式"}};
  private static final String[] PARTNERS = {"内蒙古大学", "内蒙古工业大学", "内蒙古农业大学", "包头稀土研究院",
      "中国科学院大连化学物理研究所", "清华大学", "浙江大学", "中国农业大学", "北京理工大学", "西安交通大学",
      "哈尔滨工业大学", "中国矿业大学", "天津大学"};

  /** The title and text of item {@code g}. */
  record Story(String title, String text, String date) {}

  static Story story(int g) {
    int k = g / 8;
    String city = CITIES[k % CITIES.length][0];
    String county = CITIES[k % CITIES.length][1];
    String field = FIELDS[(k * 5 + g + k / CITIES.length * 3) % FIELDS.length][0];
    String work = FIELDS[(k * 5 + g + k / CITIES.length * 3) % FIELDS.length][1];
    String partner = PARTNERS[(k * 7 + g) % PARTNERS.length];
    int day = 26 + (g * 5) % 6;
    String date = String.format("2021-03-%02d", day);
    int money = 130 + 17 * g;
    int people = 21 + 3 * g;
    int firms = 12 + g;
    String d = "3月" + day + "日";
    return switch (g % 8) {
      case 0 -> new Story(city + "启动" + field + "自治区重点研发项目",
          d + "，" + city + "在" + county + "召开" + field + "项目启动会。项目将" + work + "，自治区科技厅支持资金"
              + money + "万元，由" + partner + "牵头，联合" + firms + "家企业攻关。", date);
      case 1 -> new Story("自治区科技厅批复" + city + "建设" + field + "重点实验室",
          "近日，自治区科技厅批复" + city + "依托" + partner + "建设" + field + "重点实验室，实验室设在" + county
              + "，将" + work + "，首批引进科研人员" + people + "名，投入研发经费" + money + "万元。", date);
      case 2 -> new Story(city + "与" + partner + "签署" + field + "科技合作协议",
          d + "上午，" + city + "人民政府与" + partner + "签署" + field + "领域科技合作协议，双方将在" + county
              + work + "，共建" + firms + "个联合研发平台，合作经费" + money + "万元。", date);
      case 3 -> new Story("内蒙古" + field + "产业技术创新联盟在" + city + "成立",
          "由" + partner + "发起的内蒙古" + field + "产业技术创新联盟" + d + "在" + city + county + "成立，首批成员单位"
              + firms + "家，汇聚专家" + people + "人，联盟首个任务是" + work + "。", date);
      case 4 -> new Story(city + "科技特派员服务" + field + "一线",
          "今年以来，" + city + "选派科技特派员" + people + "名深入" + county + field + "生产一线，协助企业" + work
              + "，推广新技术" + firms + "项，带动农牧民增收" + money + "万元。", date);
      case 5 -> new Story(partner + "在" + city + "转化" + field + "科技成果",
          d + "，" + partner + "在" + city + county + "转化" + field + "专利技术，该技术可" + work + "，转让金额"
              + money + "万元，预计新增产值" + (money * 3) + "万元。", date);
      case 6 -> new Story(city + "认定" + firms + "家" + field + "高新技术企业",
          "经自治区科技厅审核，" + city + "新认定" + field + "方向高新技术企业" + firms + "家，其中" + county + "企业"
              + (firms / 3) + "家正在" + work + "，研发投入同比增长" + (people % 40 + 10) + "%。", date);
      default -> new Story(city + "举办" + field + "人才培训班",
          d + "，" + city + "科技局联合" + partner + "在" + county + "举办" + field
              + "专业技术人才培训班，围绕如何" + work + "培训学员" + people + "人次，培训经费" + money
              + "万元，" + firms + "家企业选派骨干参加，提升科技创新能力。", date);
    };
  }

  /** An announcement of story {@code g} from the regional science and technology department, with id {@code id}. */
  static Announcement announcement(String id, int g) {
    Story s = story(g);
    return new Announcement(Announcement.SCHEMA, id, "https://kjt.nmg.gov.cn/faults/" + id + ".html", "nmg-faults",
        SOURCE_NAME, SourceLevel.REGIONAL, s.title(), s.date(), Instant.now(), s.text(), List.of(), "h-" + id, 1,
        "科技兴蒙");
  }

  /** {@code count} announcements of stories {@code first}, {@code first + 1} …, with ids {@code prefix-N}. */
  static List<Announcement> batch(String prefix, int first, int count) {
    List<Announcement> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(announcement(prefix + "-" + (first + i), first + i));
    }
    return out;
  }
}

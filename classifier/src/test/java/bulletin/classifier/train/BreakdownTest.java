package bulletin.classifier.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bulletin.classifier.model.Item;
import bulletin.classifier.model.Verdict;
import bulletin.common.record.SourceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakdownTest {
  private static Labelled item(String title, String url, String gold) {
    return new Labelled(new Item(title, "", null, null, null, url), gold);
  }

  @Test
  void groupsAreByHostOrByLevel() {
    assertEquals("www.most.gov.cn", Breakdown.host(new Item("t", "", null, null, null, " http://www.most.gov.cn/a.html ")));
    assertEquals("(no url)", Breakdown.host(new Item("t", "", null, null, null, null)));
    assertEquals("(no url)", Breakdown.host(new Item("t", "", null, null, null, "mailto:office@most.gov.cn")));
    assertEquals("(bad url)", Breakdown.host(new Item("t", "", null, null, null, "http://a b/")));
    assertEquals("regional", Breakdown.level(new Item("t", "", null, SourceLevel.REGIONAL, null)));
    assertEquals("(unknown)", Breakdown.level(new Item("t", "", null, null, null)));
  }

  @Test
  void groupsAreAlsoByTheTwoFactsTheModelReadsFirst() {
    Item item = new Item("兴安盟科技局召开2021年全盟科技工作会议", "", null, null, null);
    assertEquals("区内盟市", Breakdown.locus(item));
    assertEquals("工作会议", Breakdown.genre(item));
    assertEquals("未识别", Breakdown.locus(new Item("一则消息", "", null, null, null)));
    assertEquals(java.util.Set.of("host", "level", "locus", "genre"), Breakdown.GROUPINGS.keySet());
  }

  @Test
  void theTableListsTheGroupsWithTheMostErrorsFirst() {
    List<Labelled> items = new ArrayList<>();
    Map<String, String> predicted = new java.util.HashMap<>();
    // a.cn: 4 items, 3 wrong, two of them 科技政策 taken as off-topic
    items.add(item("a1", "http://a.cn/1", "科技政策"));
    predicted.put("a1", "科技政策");
    items.add(item("a2", "http://a.cn/2", "科技政策"));
    predicted.put("a2", null);
    items.add(item("a3", "http://a.cn/3", "科技政策"));
    predicted.put("a3", null);
    items.add(item("a4", "http://a.cn/4", null));
    predicted.put("a4", "科技政策");
    // b.cn: 2 items, 1 wrong
    items.add(item("b1", "http://b.cn/1", "部门动态"));
    predicted.put("b1", "他山之石");
    items.add(item("b2", "http://b.cn/2", "部门动态"));
    predicted.put("b2", "部门动态");
    // no URL: 1 item, right
    items.add(item("c1", null, "他山之石"));
    predicted.put("c1", "他山之石");

    String table = Breakdown.of(items, i -> new Verdict(predicted.get(i.title()), 0.9, Map.of(), List.of(), "m"),
        Breakdown::host);
    List<String> lines = table.lines().toList();
    assertEquals(String.format("%-36s %6s %6s %8s  %s", "group", "items", "errors", "accuracy", "most frequent error"),
        lines.get(0));
    assertEquals(String.format("%-36s %6d %6d %8s  %s", "a.cn", 4, 3, "0.250", "科技政策 → 无关 ×2"), lines.get(1));
    assertEquals(String.format("%-36s %6d %6d %8s  %s", "b.cn", 2, 1, "0.500", "部门动态 → 他山之石 ×1"), lines.get(2));
    assertEquals(String.format("%-36s %6d %6d %8s  ", "(no url)", 1, 0, "1.000"), lines.get(3));
    assertEquals(4, lines.size());
  }
}

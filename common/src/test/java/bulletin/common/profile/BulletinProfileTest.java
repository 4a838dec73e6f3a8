package bulletin.common.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinProfileTest {

  @Test
  void theDefaultProfileReproducesTheModelIssue() {
    BulletinProfile p = BulletinProfile.defaultProfile();
    assertEquals("科技简报", p.masthead().title());
    assertEquals("鄂尔多斯市科学技术局", p.masthead().publisher());
    assertEquals("领导批示：", p.masthead().remarksLabel());
    assertEquals(List.of("高层声音", "科技政策", "科技兴蒙", "科技专项", "科技合作", "他山之石", "部门动态"),
        p.sections().stream().map(Section::title).toList());
    assertEquals(Section.Layout.DATED, p.section("部门动态").orElseThrow().layout());
    assertEquals("程继东", p.footer().editor());
    assertEquals("乔 栋", p.footer().reviewer());
    assertEquals("8589860", p.footer().phone());
    assertEquals(20, p.footer().copies());
    assertEquals(java.time.Period.ofMonths(1), p.issues().cadence());
    assertEquals(java.time.LocalDate.of(2021, 3, 25), p.issues().firstDate());
    assertTrue(p.footer().reportTo().startsWith("鄂尔多斯市委"));
  }

  @Test
  void anotherBureauChangesTheProfileNotTheCode(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("guangxi.yaml");
    Files.writeString(f, """
        masthead: {title: 科技简报, publisher: 桂林市科学技术局}
        issues: {cadence: P14D, firstDate: 2024-01-10, numbering: continuous}
        sections:
          - {title: 科技兴桂, quota: 4, keywords: [广西]}
        footer: {reportTo: 市领导。, sendTo: 各部门。, editor: 甲, reviewer: 乙, phone: "1", copies: 5}
        """);
    BulletinProfile p = BulletinProfile.load(f);
    assertEquals("科技兴桂", p.sections().get(0).title());
    assertEquals(Section.Layout.SUMMARY, p.sections().get(0).layout());
    assertEquals(Schedule.Numbering.CONTINUOUS, p.issues().numbering());
    assertEquals(p, BulletinProfile.fromSetting(java.util.Optional.of(f.toString())), "profile.file names it");
  }

  @Test
  void aBrokenProfileNamesTheFileAndTheProblem(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.yaml");
    Files.writeString(f, """
        masthead: {title: 科技简报, publisher: 某局}
        issues: {cadence: P1M, firstDate: 2021-03-25}
        sections:
          - {title: 科技政策, quota: 0}
        footer: {copies: 1}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulletinProfile.load(f));
    assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("quota 0 is not positive"), e.getMessage());
  }
}

package bulletin.common.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's parts: what they fill in, what they refuse, and an issue's footer over the profile's. */
class ProfileValidationTest {

  @Test
  void aScheduleNeedsAPositiveCadenceAndAFirstDate() {
    Schedule s = new Schedule(Period.ofDays(14), LocalDate.of(2021, 1, 1), 0, null);
    assertEquals(1, s.firstNumber());
    assertEquals(Schedule.Numbering.YEARLY, s.numbering());
    assertEquals(5, new Schedule(Period.ofMonths(1), LocalDate.of(2021, 1, 1), 5, Schedule.Numbering.CONTINUOUS)
        .firstNumber());
    for (Period bad : List.of(Period.ZERO, Period.ofDays(-1))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Schedule(bad, LocalDate.of(2021, 1, 1), 1, null));
      assertEquals("issues.cadence must be a positive period such as P1M or P14D", e.getMessage());
    }
    assertEquals("issues.firstDate is missing", assertThrows(IllegalArgumentException.class,
        () -> new Schedule(Period.ofMonths(1), null, 1, null)).getMessage());
    assertEquals("continuous", Schedule.Numbering.CONTINUOUS.wireName());
    assertEquals(Schedule.Numbering.CONTINUOUS, Schedule.Numbering.parse(" Continuous "));
  }

  @Test
  void aSectionNeedsATitleAndAQuotaOfAtLeastOne() {
    Section s = new Section("科技政策", 1, null, null, null);
    assertEquals(Section.Layout.SUMMARY, s.layout());
    assertEquals(List.of(), s.keywords());
    assertEquals(List.of(), s.levels());
    assertEquals(List.of("政策"), new Section("科技政策", 3, Section.Layout.DATED, List.of("政策"), List.of("national"))
        .keywords());
    assertEquals("section 科技政策: quota 0 is not positive", assertThrows(IllegalArgumentException.class,
        () -> new Section("科技政策", 0, null, null, null)).getMessage());
    assertEquals("a section has no title", assertThrows(IllegalArgumentException.class,
        () -> new Section(" ", 1, null, null, null)).getMessage());
    assertEquals("dated", Section.Layout.DATED.wireName());
    assertEquals("summary", Section.Layout.SUMMARY.wireName());
  }

  @Test
  void aMastheadNeedsATitleAndAPublisher() {
    assertEquals("批示：", new BulletinProfile.Masthead("科技简报", "科技局", "批示：").remarksLabel());
    assertEquals("领导批示：", new BulletinProfile.Masthead("科技简报", "科技局", null).remarksLabel());
    for (String[] bad : List.of(new String[] {null, "科技局"}, new String[] {" ", "科技局"},
        new String[] {"科技简报", null}, new String[] {"科技简报", " "})) {
      assertEquals("masthead needs a title and a publisher", assertThrows(IllegalArgumentException.class,
          () -> new BulletinProfile.Masthead(bad[0], bad[1], null)).getMessage());
    }
  }

  @Test
  void anIssuesFooterFieldsOverrideTheProfilesAndABadCountKeepsItsOwn() {
    BulletinProfile.Footer f = new BulletinProfile.Footer("市委", "各旗区", "程继东", "乔 栋", "8589860", 20);
    assertSame(f, f.with(null));
    assertSame(f, f.with(Map.of()));
    assertEquals(new BulletinProfile.Footer("市委", "各旗区", "王芳", "乔 栋", "8589860", 35),
        f.with(Map.of("editor", "王芳", "copies", " 35 ")));
    assertEquals(new BulletinProfile.Footer("市政府", "市直各部门", "程继东", "李明", "8589861", 20),
        f.with(Map.of("reportTo", "市政府", "sendTo", "市直各部门", "reviewer", "李明", "phone", "8589861",
            "copies", "三十")));
  }

  @Test
  void aProfileFileThatCannotBeReadIsNamedWithWhy(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("none.yaml");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BulletinProfile.fromSetting(Optional.of(missing.toString())));
    assertEquals("profile " + missing + " is not valid: " + missing, e.getMessage());
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "masthead: [unclosed\n");
    e = assertThrows(IllegalArgumentException.class, () -> BulletinProfile.load(broken));
    assertTrue(e.getMessage().startsWith("profile " + broken + " is not valid: "), e.getMessage());
    assertEquals(BulletinProfile.defaultProfile(), BulletinProfile.fromSetting(Optional.empty()));
  }
}

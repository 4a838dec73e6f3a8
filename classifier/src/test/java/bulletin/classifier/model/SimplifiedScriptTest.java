package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SimplifiedScriptTest {
  @Test
  void traditionalCharactersAreReadAsSimplified() {
    assertEquals("科技部发布通知", SimplifiedScript.of("科技部發布通知"));
    assertEquals("鄂尔多斯", SimplifiedScript.of("鄂爾多斯"));
  }

  @Test
  void simplifiedTextAndOtherScriptsAreLeftAsTheyAre() {
    assertEquals("科技部印发通知，5G网络。", SimplifiedScript.of("科技部印发通知，5G网络。"));
    assertEquals("Ordos 2021", SimplifiedScript.of("Ordos 2021"));
    assertNull(SimplifiedScript.of(null));
    assertEquals("", SimplifiedScript.of(""));
  }

  @Test
  void mirrorsPinyinAfterACharacterIsDropped() {
    assertEquals("据说", SimplifiedScript.of("據(jù)說(shuō)"));
    assertEquals("会议(2021年)召开", SimplifiedScript.of("會議(2021年)召開"), "a bracket of digits and Han is text");
    assertEquals("会议(第三次)", SimplifiedScript.of("会议(第三次)"));
    assertEquals("据说", SimplifiedScript.of("(jù)据说"), "a bracket at the very start too");
  }
}

package bulletin.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeaningTest {
  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot; // both have length 1
  }

  @Test
  void twoWordingsOfOneStoryAreCloserThanTwoKindsOfNews() {
    float[] meeting = Meaning.of("兴安盟科技局召开2021年全盟科技工作会议", "3月12日，兴安盟科技局召开全盟科技工作会议，部署全年任务。");
    float[] reworded = Meaning.of("兴安盟科技局部署今年科技工作", "兴安盟科技局3月12日开会，总结去年科技工作并安排今年重点。");
    float[] call = Meaning.of("关于组织申报2022年度国家重点研发计划的通知", "各有关单位：现将国家重点研发计划项目申报指南转发给你们。");

    assertEquals(Meaning.SIZE, meeting.length);
    float[] headline = java.util.Arrays.copyOfRange(meeting, Meaning.HALF, Meaning.SIZE);
    assertEquals(1, cosine(java.util.Arrays.copyOf(meeting, Meaning.HALF), java.util.Arrays.copyOf(meeting, Meaning.HALF)),
        1e-3, "the headline and opening's embedding has length 1");
    assertEquals(1, cosine(headline, headline), 1e-3, "and so has the headline's");
    assertTrue(cosine(meeting, reworded) > cosine(meeting, call),
        "same story " + cosine(meeting, reworded) + ", a call " + cosine(meeting, call));
  }

  @Test
  void readingManyAtOnceGivesEachItemItsOwnMeaningAndAWordlessItemNone() {
    Item meeting = new Item("兴安盟科技局召开全盟科技工作会议", "", null, null, null);
    Item blank = new Item(" ", "", null, null, null);
    float[][] both = Meaning.of(List.of(meeting, blank));

    float[] alone = Meaning.of(meeting.title(), meeting.text());
    for (int i = 0; i < Meaning.SIZE; i++) {
      assertEquals(alone[i], both[0][i], 1e-4, "dimension " + i);
    }
    assertArrayEquals(new float[Meaning.SIZE], both[1], "no words, no evidence");
  }

  @Test
  void theSecondHalfIsTheHeadlineReadAlone() {
    float[] withOpening = Meaning.of("兴安盟科技局召开全盟科技工作会议", "3月12日，会议部署全年任务。");
    float[] headlineOnly = Meaning.of("兴安盟科技局召开全盟科技工作会议", "");
    for (int i = 0; i < Meaning.HALF; i++) {
      assertEquals(headlineOnly[i], headlineOnly[Meaning.HALF + i], 1e-4, "a headline alone is read the same twice");
      assertEquals(headlineOnly[Meaning.HALF + i], withOpening[Meaning.HALF + i], 1e-4, "the opening is not read there");
    }
  }

  @Test
  void onlyTheHeadlineAndTheOpeningAreRead() {
    String read = Meaning.readText("标题", "正".repeat(1000));
    assertEquals(Meaning.CHARS, read.length());
    assertTrue(read.startsWith("标题。正"), read);
    assertEquals("标题", Meaning.readText("标题", ""));
  }

  @Test
  void loadingTheLanguageModelBeforehandChangesNoMeaning() {
    float[] before = Meaning.of("自治区科技厅召开全区科技工作会议", "会议部署今年科技工作。");
    Meaning.load();
    assertArrayEquals(before, Meaning.of("自治区科技厅召开全区科技工作会议", "会议部署今年科技工作。"));
  }
}

package bulletin.assembler.stream;

import static bulletin.assembler.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.assembler.draft.BulletinStyle;
import bulletin.assembler.draft.DraftBuilder;
import bulletin.assembler.issue.IssueCalendar;
import bulletin.common.kafka.StreamsApp;
import bulletin.common.kafka.Topics;
import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.ClassifiedAnnouncement;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftStatus;
import bulletin.common.record.Edit;
import bulletin.common.record.EditAction;
import bulletin.common.record.SourceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssemblerTopologyTest {
  private static final Instant AT = Instant.parse("2021-03-24T08:00:00Z");
  /** Each test's own state directory: no lock shared with another run of these tests on the machine. */
  @TempDir
  java.nio.file.Path state;
  private TopologyTestDriver driver;
  private TestInputTopic<String, ClassifiedAnnouncement> classified;
  private TestInputTopic<String, Edit> edits;
  private TestOutputTopic<String, Draft> drafts;

  @BeforeEach
  void start() {
    StreamsBuilder builder = new StreamsBuilder();
    AssemblerTopology.build(builder, new IssueCalendar(BulletinProfile.defaultProfile().issues()),
        new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160)), java.time.Duration.ZERO);
    Properties props = StreamsApp.properties("assembler-test", "unused:9092", Topics.ASSEMBLER_DLQ, 1, state.toString());
    driver = new TopologyTestDriver(builder.build(props), props);
    classified = driver.createInputTopic(Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
        Topics.ANNOUNCEMENTS_CLASSIFIED.keySerde().serializer(), Topics.ANNOUNCEMENTS_CLASSIFIED.valueSerde().serializer());
    edits = driver.createInputTopic(Topics.BULLETIN_EDITS.name(), Topics.BULLETIN_EDITS.keySerde().serializer(),
        Topics.BULLETIN_EDITS.valueSerde().serializer());
    drafts = driver.createOutputTopic(Topics.BULLETIN_DRAFTS.name(), Topics.BULLETIN_DRAFTS.keySerde().deserializer(),
        Topics.BULLETIN_DRAFTS.valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private Draft latest() {
    List<Draft> all = drafts.readValuesToList();
    assertTrue(!all.isEmpty(), "a draft was emitted");
    return all.get(all.size() - 1);
  }

  @Test
  void everyClassifiedItemRevisesTheIssuesDraft() {
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "科技部将推进东西部科技创新合作行动", "正文。");
    var b = item("b", "科技兴蒙", SourceLevel.REGIONAL, "自治区科技厅", "2021-03-17", "自治区科技厅调度推进科技兴蒙合作项目", "正文。");
    classified.pipeInput(a.id(), a);
    classified.pipeInput(b.id(), b);
    Draft d = latest();
    assertEquals("2021-01", d.issueId());
    assertEquals(2, d.revision());
    assertEquals(2, d.itemCount());
    assertEquals("科技部将推进东西部科技创新合作行动。", d.sections().get(1).items().get(0).headline());
    assertEquals("2021-01", driver.getKeyValueStore(AssemblerTopology.ISSUE_STORE).all().next().key);
  }

  @Test
  void aNewRevisionOfAnItemReplacesTheOldOne() {
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "旧标题", "正文。");
    var a2 = new ClassifiedAnnouncement(1, a.id(), a.url(), a.sourceId(), a.sourceName(), a.sourceLevel(), "新标题",
        a.publishedAt(), a.fetchedAt(), a.text(), a.attachments(), "h2", 2, null, "科技政策", 0.8, a.scores(), a.reasons(),
        a.model());
    classified.pipeInput(a.id(), a);
    classified.pipeInput(a.id(), a2);
    Draft d = latest();
    assertEquals(1, d.itemCount());
    assertEquals("新标题。", d.sections().get(1).items().get(0).headline());
  }

  @Test
  void editsAreFoldedInAndTheWorkflowMovesOn() {
    var a = item("a", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-19", "中为能源示范项目存在制度性障碍", "正文。");
    classified.pipeInput(a.id(), a);
    edits.pipeInput("2021-01", Edit.move("2021-01", "程继东", AT, "a", "科技合作"));
    edits.pipeInput("2021-01", new Edit(1, "2021-01", "程继东", AT, EditAction.SUBMIT, null, null, null, null, null, null));
    Draft d = latest();
    assertEquals(List.of("a"), d.sections().get(4).items().get(0).itemIds());
    assertEquals(DraftStatus.IN_REVIEW, d.status());
    assertEquals(3, d.revision());
  }

  @Test
  void anEditForAnIssueOutsideTheScheduleChangesNothingAndTheStreamGoesOn() {
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    drafts.readValuesToList();
    edits.pipeInput("2020-12", Edit.drop("2020-12", "程继东", AT, "a"));
    assertTrue(drafts.isEmpty(), "no draft changed");
    var b = item("b", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-11", "另一政策", "正文。");
    classified.pipeInput(b.id(), b);
    assertEquals(2, latest().itemCount(), "the stream goes on");
  }

  @Test
  void itemsGoToTheIssueWhoseWindowCoversThem() {
    var march = item("m", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-25", "三月政策", "正文。");
    var april = item("p", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-26", "四月政策", "正文。");
    classified.pipeInput(march.id(), march);
    classified.pipeInput(april.id(), april);
    var byIssue = drafts.readKeyValuesToMap();
    assertEquals(List.of("m"), byIssue.get("2021-01").sections().get(1).items().get(0).itemIds());
    assertEquals(List.of("p"), byIssue.get("2021-02").sections().get(1).items().get(0).itemIds());
    assertEquals(LocalDate.of(2021, 4, 25), byIssue.get("2021-02").date());
    assertEquals(2, byIssue.get("2021-02").number());
  }

  @Test
  void aPublishedIssueIsFrozenAndLateItemsGoToTheNextOne() {
    var published = driver.createOutputTopic(Topics.BULLETIN_PUBLISHED.name(),
        Topics.BULLETIN_PUBLISHED.keySerde().deserializer(), Topics.BULLETIN_PUBLISHED.valueSerde().deserializer());
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    for (EditAction step : List.of(EditAction.SUBMIT, EditAction.APPROVE, EditAction.PUBLISH)) {
      edits.pipeInput("2021-01", new Edit(1, "2021-01", "乔栋", AT, step, null, null, null, null, null, null));
    }
    Draft issued = published.readValue();
    assertEquals(DraftStatus.PUBLISHED, issued.status());
    assertEquals(1, issued.itemCount());
    drafts.readValuesToList();

    var late = item("late", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-20", "迟到的政策", "正文。");
    classified.pipeInput(late.id(), late);
    var byIssue = drafts.readKeyValuesToMap();
    assertEquals(java.util.Set.of("2021-02"), byIssue.keySet(), "the late item goes to the next issue");
    assertEquals(List.of("late"), byIssue.get("2021-02").sections().get(1).items().get(0).itemIds());

    var revised = new ClassifiedAnnouncement(1, a.id(), a.url(), a.sourceId(), a.sourceName(), a.sourceLevel(), "某政策（修订）",
        a.publishedAt(), a.fetchedAt(), a.text(), a.attachments(), "h2", 2, null, "科技政策", 0.8, a.scores(), a.reasons(),
        a.model());
    classified.pipeInput(a.id(), revised);
    assertTrue(drafts.isEmpty(), "an item a published issue printed is not drafted again");
    edits.pipeInput("2021-01", Edit.drop("2021-01", "程继东", AT, "a"));
    assertTrue(drafts.isEmpty() && published.isEmpty(), "a published issue takes no edits");
  }

  @Test
  void anEditorsMoveBecomesALabelledExampleWithTheItemsText() {
    var examples = driver.createOutputTopic(Topics.CLASSIFIER_EXAMPLES.name(),
        Topics.CLASSIFIER_EXAMPLES.keySerde().deserializer(), Topics.CLASSIFIER_EXAMPLES.valueSerde().deserializer());
    var a = item("isc", "部门动态", SourceLevel.MUNICIPAL, "市科技局", "2021-03-19", "中为能源内蒙古ISC技术示范项目投产存在制度性障碍",
        "煤炭地下气化技术成果产业化示范遇到制度性障碍。");
    classified.pipeInput(a.id(), a);
    edits.pipeInput("2021-01", Edit.move("2021-01", "程继东", AT, "isc", "科技合作"));
    edits.pipeInput("2021-01", Edit.drop("2021-01", "程继东", AT, "isc"));

    var example = examples.readKeyValue();
    assertEquals("isc", example.key);
    assertEquals("科技合作", example.value.section());
    assertEquals("程继东", example.value.by());
    assertEquals(a.title(), example.value.title());
    assertEquals(a.text(), example.value.text());
    assertTrue(examples.isEmpty(), "a drop is not a label");
  }

  @Test
  void draftsAreCoalescedWhileABacklogIsReadAndNoneIsLost() {
    driver.close();
    StreamsBuilder builder = new StreamsBuilder();
    AssemblerTopology.build(builder, new IssueCalendar(BulletinProfile.defaultProfile().issues()),
        new DraftBuilder(BulletinProfile.defaultProfile(), new BulletinStyle(160)), java.time.Duration.ofSeconds(1));
    Properties props = StreamsApp.properties("assembler-coalesce-test", "unused:9092", Topics.ASSEMBLER_DLQ, 1, state.toString());
    driver = new TopologyTestDriver(builder.build(props), props, Instant.parse("2021-03-24T08:00:00Z"));
    classified = driver.createInputTopic(Topics.ANNOUNCEMENTS_CLASSIFIED.name(),
        Topics.ANNOUNCEMENTS_CLASSIFIED.keySerde().serializer(), Topics.ANNOUNCEMENTS_CLASSIFIED.valueSerde().serializer());
    drafts = driver.createOutputTopic(Topics.BULLETIN_DRAFTS.name(), Topics.BULLETIN_DRAFTS.keySerde().deserializer(),
        Topics.BULLETIN_DRAFTS.valueSerde().deserializer());
    for (int i = 0; i < 50; i++) {
      var x = item("c" + i, "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "政策第" + i + "号", "正文" + i + "。");
      classified.pipeInput(x.id(), x);
    }
    List<Draft> during = drafts.readValuesToList();
    assertEquals(1, during.size(), "the first item is drafted at once, the rest wait for the interval");
    assertEquals(1, during.get(0).considered());
    driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
    Draft after = latest();
    assertEquals(50, after.considered(), "the coalesced draft holds every item");
    assertEquals(50, after.revision());
  }

  private Edit identified(EditAction action, String by, String itemId, String section, String body, Long revision) {
    return new Edit(1, "2021-01", by, AT, action, itemId, section, null, body, null, null,
        "edit-" + action.wireName() + "-" + (itemId == null ? "" : itemId) + "-" + (body == null ? "" : body), revision);
  }

  private TestOutputTopic<String, bulletin.common.record.EditResult> results() {
    return driver.createOutputTopic(Topics.BULLETIN_EDIT_RESULTS.name(),
        Topics.BULLETIN_EDIT_RESULTS.keySerde().deserializer(), Topics.BULLETIN_EDIT_RESULTS.valueSerde().deserializer());
  }

  @Test
  void everyEditWithAnIdGetsAVerdictAppliedWithItsRevisionOrRefusedWithTheReason() {
    var verdicts = results();
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    Edit drop = identified(EditAction.DROP, "程继东", "a", null, null, null);
    Edit badDate = identified(EditAction.MASTHEAD, "程继东", "date", null, "2021-02-30", null);
    Edit approve = identified(EditAction.APPROVE, "乔栋", null, null, null, null);
    edits.pipeInput("2021-01", drop);
    edits.pipeInput("2021-01", badDate);
    edits.pipeInput("2021-01", approve);

    var byEdit = verdicts.readKeyValuesToMap();
    assertTrue(byEdit.get(drop.id()).applied());
    assertEquals(2, byEdit.get(drop.id()).revision(), "the revision that first shows the drop");
    assertTrue(!byEdit.get(badDate.id()).applied());
    assertTrue(byEdit.get(badDate.id()).reason().contains("日期“2021-02-30”不是有效的日期"), byEdit.get(badDate.id()).reason());
    assertTrue(!byEdit.get(approve.id()).applied());
    assertTrue(byEdit.get(approve.id()).reason().contains("不是待审核"), byEdit.get(approve.id()).reason());
    Draft d = latest();
    assertEquals(2, d.revision(), "refused edits change nothing");
    assertEquals(java.time.LocalDate.of(2021, 3, 25), d.date());
  }

  @Test
  void anEditForAnIssueOutsideTheScheduleIsRefusedWithTheReason() {
    var verdicts = results();
    Edit drop = new Edit(1, "2020-12", "程继东", AT, EditAction.DROP, "a", null, null, null, null, null, "e-1", null);
    edits.pipeInput("2020-12", drop);
    var verdict = verdicts.readValue();
    assertTrue(!verdict.applied() && verdict.reason().contains("不在出刊计划中"), verdict.reason());
  }

  @Test
  void aSubmittedIssueIsFrozenAndPublishingPublishesTheApprovedRevisionWhileItemsArrive() {
    var verdicts = results();
    var published = driver.createOutputTopic(Topics.BULLETIN_PUBLISHED.name(),
        Topics.BULLETIN_PUBLISHED.keySerde().deserializer(), Topics.BULLETIN_PUBLISHED.valueSerde().deserializer());
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    edits.pipeInput("2021-01", identified(EditAction.SUBMIT, "程继东", null, null, null, null));
    Draft submitted = latest();

    var late = item("late", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-20", "提交后到达的政策", "正文。");
    classified.pipeInput(late.id(), late);
    Draft inReview = latest();
    assertEquals(submitted.sections(), inReview.sections(), "a submitted issue's content is fixed");
    assertEquals(List.of("late"), inReview.lateArrivals().stream().map(x -> x.itemId()).toList());

    Edit drop = identified(EditAction.DROP, "程继东", "a", null, null, null);
    edits.pipeInput("2021-01", drop);
    Edit approve = identified(EditAction.APPROVE, "乔栋", null, null, null, inReview.revision());
    edits.pipeInput("2021-01", approve);
    Draft approved = latest();
    assertEquals(DraftStatus.APPROVED, approved.status());
    assertEquals(inReview.revision(), approved.approvedRevision());
    assertEquals("乔栋", approved.approvedBy());

    var later = item("later", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-21", "审核后到达的政策", "正文。");
    classified.pipeInput(later.id(), later);
    Edit rewrite = identified(EditAction.MASTHEAD, "程继东", "number", null, "9", null);
    edits.pipeInput("2021-01", rewrite);
    edits.pipeInput("2021-01", identified(EditAction.PUBLISH, "乔栋", null, null, null, null));

    var byEdit = verdicts.readKeyValuesToMap();
    assertTrue(byEdit.get(drop.id()).reason().contains("已提交审核，内容已冻结"), byEdit.get(drop.id()).reason());
    assertTrue(byEdit.get(rewrite.id()).reason().contains("已审核通过，内容已冻结"), byEdit.get(rewrite.id()).reason());
    Draft issued = published.readValue();
    assertEquals(approved.sections(), issued.sections(), "the published issue is the approved one");
    assertEquals(approved.number(), issued.number());
    assertEquals(inReview.revision(), issued.approvedRevision());
    assertEquals("乔栋", issued.approvedBy());
    var byIssue = drafts.readKeyValuesToMap();
    var next = byIssue.get("2021-02");
    assertTrue(next != null, "the items that waited go to the next issue");
    assertEquals(java.util.Set.of("late", "later"), next.sections().get(1).items().stream()
        .flatMap(i -> i.itemIds().stream()).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void anEditorTakesInALateItemOnceTheIssueIsSentBack() {
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    edits.pipeInput("2021-01", identified(EditAction.SUBMIT, "程继东", null, null, null, null));
    var late = item("late", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-20", "提交后到达的政策", "正文。");
    classified.pipeInput(late.id(), late);
    edits.pipeInput("2021-01", new Edit(1, "2021-01", "乔栋", AT, EditAction.REJECT, null, null, null, null, null, "请补充"));
    Draft sentBack = latest();
    assertEquals(DraftStatus.DRAFTING, sentBack.status());
    assertEquals(1, sentBack.itemCount(), "sending back does not take the late item in");
    assertEquals(1, sentBack.lateArrivals().size());
    edits.pipeInput("2021-01", identified(EditAction.TAKE_IN, "程继东", "late", null, null, null));
    Draft takenIn = latest();
    assertEquals(2, takenIn.itemCount());
    assertTrue(takenIn.lateArrivals().isEmpty());
  }

  @Test
  void anItemThatReachesAnIssueAfterItWasPublishedGoesToTheNextOne() {
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    for (EditAction step : List.of(EditAction.SUBMIT, EditAction.APPROVE, EditAction.PUBLISH)) {
      edits.pipeInput("2021-01", new Edit(1, "2021-01", "乔栋", AT, step, null, null, null, null, null, null));
    }
    drafts.readValuesToList();
    // As when the router read the published issues a moment before this one was published.
    var carry = driver.createInputTopic(Topics.ASSEMBLER_CARRYOVER.name(),
        Topics.ASSEMBLER_CARRYOVER.keySerde().serializer(), Topics.ASSEMBLER_CARRYOVER.valueSerde().serializer());
    var racing = item("racing", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-22", "发布时到达的政策", "正文。");
    carry.pipeInput("2021-01", racing);
    var byIssue = drafts.readKeyValuesToMap();
    assertEquals(java.util.Set.of("2021-02"), byIssue.keySet());
    assertEquals(List.of("racing"), byIssue.get("2021-02").sections().get(1).items().get(0).itemIds());
  }

  @Test
  void aRepostOfAStoryALastIssuePrintedIsSetAsideWithTheIssueNumber() {
    var published = driver.createOutputTopic(Topics.BULLETIN_PUBLISHED.name(),
        Topics.BULLETIN_PUBLISHED.keySerde().deserializer(), Topics.BULLETIN_PUBLISHED.valueSerde().deserializer());
    var ministry = item("m", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "科技部将推进“十四五”东西部科技创新合作行动",
        "科技部3月10日消息称，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
            + "东西部科技合作信息共享等重点工作，现已启动行动方案的编制工作。");
    classified.pipeInput(ministry.id(), ministry);
    for (EditAction step : List.of(EditAction.SUBMIT, EditAction.APPROVE, EditAction.PUBLISH)) {
      edits.pipeInput("2021-01", new Edit(1, "2021-01", "乔栋", AT, step, null, null, null, null, null, null));
    }
    assertTrue(!published.readValue().printed().isEmpty(), "the published issue keeps its reports' fingerprints");
    drafts.readValuesToList();

    var repost = item("r", "科技兴蒙", SourceLevel.REGIONAL, "自治区科技厅", "2021-04-02", "科技部推进“十四五”东西部科技创新合作行动",
        "记者从科技部获悉，将在“十四五”时期开展东西部科技创新合作行动，聚焦科技援疆、援藏、援青、入滇、支宁、兴蒙、海南开放合作、"
            + "东西部科技合作信息共享等重点工作，行动方案的编制工作已经启动。");
    var fresh = item("f", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-04-03", "科技部发布科技伦理审查办法",
        "科技部近日发布科技伦理审查办法（试行），明确高校、科研机构等单位应设立科技伦理委员会。");
    classified.pipeInput(repost.id(), repost);
    classified.pipeInput(fresh.id(), fresh);
    Draft next = drafts.readKeyValuesToMap().get("2021-02");
    assertEquals(1, next.itemCount(), "only the fresh story is printed");
    var setAside = next.setAside().stream().filter(x -> x.itemId().equals("r")).findFirst().orElseThrow();
    assertTrue(setAside.reason().startsWith("已于第 1 期刊发"), setAside.reason());
  }

  @Test
  void anApprovalOfARevisionOlderThanTheLastSubmissionIsRefusedAsARace() {
    var verdicts = results();
    var a = item("a", "科技政策", SourceLevel.NATIONAL, "科技部", "2021-03-10", "某政策", "正文。");
    classified.pipeInput(a.id(), a);
    edits.pipeInput("2021-01", identified(EditAction.SUBMIT, "程继东", null, null, null, null));
    long seenByReviewer = latest().revision();
    edits.pipeInput("2021-01", new Edit(1, "2021-01", "另一审核人", AT, EditAction.REJECT, null, null, null, null, null, "改"));
    edits.pipeInput("2021-01", identified(EditAction.SUBMIT, "程继东", null, null, "again", null));
    Edit approve = identified(EditAction.APPROVE, "乔栋", null, null, null, seenByReviewer);
    edits.pipeInput("2021-01", approve);
    var verdict = verdicts.readKeyValuesToMap().get(approve.id());
    assertTrue(!verdict.applied() && verdict.reason().contains("重新提交，请刷新后重新审阅"), verdict.reason());
    assertEquals(DraftStatus.IN_REVIEW, latest().status());
  }
}

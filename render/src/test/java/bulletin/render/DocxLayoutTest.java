package bulletin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bulletin.common.profile.BulletinProfile;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** The Word document's 公文 layout, read back: page, fonts, sizes, colours, rules, indents, page numbers. */
class DocxLayoutTest {
  private XWPFDocument doc;

  @BeforeEach
  void render() throws Exception {
    byte[] docx = DocxRenderer.render(RendererSafetyAndFormatTest.draft("《求是》杂志发表重要文章。",
        "文章强调，科学技术从来没有像今天这样深刻影响着国家前途命运。", "https://www.qstheory.cn/a.htm"),
        BulletinProfile.defaultProfile());
    doc = new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @AfterEach
  void close() throws Exception {
    doc.close();
  }

  private XWPFParagraph paragraph(String startingWith) {
    return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(startingWith)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starting " + startingWith));
  }

  private static XWPFRun run(XWPFParagraph p) {
    assertEquals(1, p.getRuns().size(), p.getText());
    return p.getRuns().get(0);
  }

  private static void assertFont(String font, XWPFRun r) {
    String xml = r.getCTR().xmlText();
    assertEquals(1, xml.split("<w:rPr[ >]", -1).length - 1, "one set of run properties: " + xml);
    var fonts = r.getCTR().getRPr().getRFontsArray(0);
    assertEquals(font, fonts.getEastAsia());
    assertEquals(font, fonts.getAscii());
    assertEquals(font, fonts.getHAnsi());
  }

  private static CTBorder border(XWPFParagraph p, String side) {
    var borders = p.getCTP().getPPr().getPBdr();
    return side.equals("top") ? borders.getTop() : borders.getBottom();
  }

  private static void assertRule(CTBorder b, String color, int eighths) {
    assertEquals(STBorder.SINGLE, b.getVal());
    assertEquals(BigInteger.valueOf(eighths), b.getSz());
    assertEquals(color, b.xgetColor().getStringValue());
    assertEquals(BigInteger.ONE, b.getSpace());
  }

  @Test
  void thePageIsA4WithTheOfficialMargins() {
    var sect = doc.getDocument().getBody().getSectPr();
    assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
    assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
    assertEquals(BigInteger.valueOf(2098), sect.getPgMar().getTop());
    assertEquals(BigInteger.valueOf(1984), sect.getPgMar().getBottom());
    assertEquals(BigInteger.valueOf(1588), sect.getPgMar().getLeft());
    assertEquals(BigInteger.valueOf(1474), sect.getPgMar().getRight());
  }

  @Test
  void theMastheadIsRedAndCentredOverARedRule() {
    XWPFParagraph title = doc.getParagraphs().get(0);
    assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
    XWPFRun r = run(title);
    assertFont(DocxRenderer.TITLE_FONT, r);
    assertEquals(42, r.getFontSizeAsDouble());
    assertEquals(DocxRenderer.RED, r.getColor());
    assertFalse(r.isBold());

    XWPFParagraph number = doc.getParagraphs().get(1);
    assertEquals(ParagraphAlignment.CENTER, number.getAlignment());
    assertFont(DocxRenderer.BODY_FONT, run(number));
    assertEquals(DocxRenderer.BODY_PT, run(number).getFontSizeAsDouble());
    assertNull(run(number).getColor(), "black");

    XWPFParagraph issuer = doc.getParagraphs().get(2);
    assertEquals(ParagraphAlignment.BOTH, issuer.getAlignment());
    assertEquals("鄂尔多斯市科学技术局\t2021 年 3 月 25 日", issuer.getText());
    var tab = issuer.getCTP().getPPr().getTabs().getTabArray(0);
    assertEquals(STTabJc.RIGHT, tab.getVal(), "the date flush right");
    assertEquals(BigInteger.valueOf(8844), tab.getPos());
    assertRule(border(issuer, "bottom"), DocxRenderer.RED, 18);

    XWPFParagraph remarks = doc.getParagraphs().get(3);
    assertEquals(1200, remarks.getSpacingAfter());
    assertFont(DocxRenderer.BODY_FONT, run(remarks));
  }

  @Test
  void sectionHeadersAreHeitiAndItemsAreFangsongIndentedTwoCharacters() {
    XWPFRun header = run(paragraph("【高层声音】"));
    assertFont(DocxRenderer.HEADER_FONT, header);
    assertEquals(DocxRenderer.BODY_PT, header.getFontSizeAsDouble());

    XWPFParagraph item = paragraph("《求是》");
    assertEquals(ParagraphAlignment.BOTH, item.getAlignment());
    assertEquals(DocxRenderer.BODY_PT * 20 * 2, item.getIndentationFirstLine());
    assertFont(DocxRenderer.BODY_FONT, run(item));
    assertEquals(DocxRenderer.BODY_PT, run(item).getFontSizeAsDouble());
  }

  @Test
  void theDistributionBlockSitsBetweenTwoBlackRulesInSmallerType() {
    XWPFParagraph report = paragraph("报：");
    assertRule(border(report, "top"), "000000", 8);
    XWPFParagraph copies = paragraph("(共印");
    assertEquals(ParagraphAlignment.RIGHT, copies.getAlignment());
    assertRule(border(copies, "bottom"), "000000", 8);
    for (String start : List.of("报：", "送：", "编辑：", "(共印")) {
      XWPFRun r = run(paragraph(start));
      assertEquals(14, r.getFontSizeAsDouble(), start);
      assertFont(DocxRenderer.BODY_FONT, r);
    }
    assertTrue(paragraph("编辑：").getText().contains("    审核：") && paragraph("编辑：").getText().contains("    电话："));
  }

  @Test
  void theFooterNumbersThePagesBetweenDashes() {
    XWPFParagraph p = doc.getFooterList().get(0).getParagraphs().get(0);
    assertEquals(ParagraphAlignment.CENTER, p.getAlignment());
    assertEquals("PAGE", p.getCTP().getFldSimpleArray(0).getInstr());
    assertEquals("— ", p.getRuns().get(0).getText(0));
    assertEquals(" —", p.getRuns().get(p.getRuns().size() - 1).getText(0));
  }
}

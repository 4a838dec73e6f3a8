package bulletin.render;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The issue as a Word document in the usual 公文 style: A4 with 公文 margins, a red 小标宋 masthead
 * over a red rule, 黑体 section headers, 仿宋 body with a two-character indent, the distribution
 * block between rules, and page numbers (— 1 —) in the footer. Opens in Word, WPS and LibreOffice.
 */
public final class DocxRenderer {
  static final String TITLE_FONT = "方正小标宋简体";
  static final String HEADER_FONT = "黑体";
  static final String BODY_FONT = "仿宋_GB2312";
  static final String RED = "D00000";
  /** 三号, the 公文 body size, in points. */
  static final int BODY_PT = 16;

  private DocxRenderer() {}

  public static byte[] render(Draft draft, BulletinProfile profile) {
    var m = profile.masthead();
    var f = profile.footer().with(draft.footer());
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetup(doc);
      pageNumbers(doc);

      XWPFParagraph title = centered(doc);
      run(title, m.title().codePoints().mapToObj(Character::toString).reduce((a, b) -> a + " " + b).orElse(""),
          TITLE_FONT, 42, RED);
      run(centered(doc), "第 " + draft.number() + " 期", BODY_FONT, BODY_PT, null);
      XWPFParagraph issuer = doc.createParagraph();
      issuer.setAlignment(ParagraphAlignment.BOTH);
      run(issuer, m.publisher() + "\t" + HtmlRenderer.dateText(draft), BODY_FONT, BODY_PT, null);
      var tab = (issuer.getCTP().isSetPPr() ? issuer.getCTP().getPPr() : issuer.getCTP().addNewPPr())
          .addNewTabs().addNewTab();
      tab.setVal(STTabJc.RIGHT); // the date flush right on the publisher's line
      tab.setPos(BigInteger.valueOf(8844));
      rule(issuer, "bottom", RED, 18);
      XWPFParagraph remarks = doc.createParagraph();
      remarks.setSpacingAfter(1200);
      run(remarks, m.remarksLabel(), BODY_FONT, BODY_PT, null);

      for (DraftSection s : draft.sections()) {
        if (s.items().isEmpty()) {
          continue;
        }
        run(doc.createParagraph(), "【" + s.title() + "】", HEADER_FONT, BODY_PT, null);
        for (DraftItem item : s.items()) {
          XWPFParagraph p = doc.createParagraph();
          p.setAlignment(ParagraphAlignment.BOTH);
          p.setIndentationFirstLine(BODY_PT * 20 * 2);
          run(p, item.headline() + item.body(), BODY_FONT, BODY_PT, null);
        }
      }

      XWPFParagraph report = doc.createParagraph();
      rule(report, "top", "000000", 8);
      run(report, "报：" + f.reportTo(), BODY_FONT, 14, null);
      run(doc.createParagraph(), "送：" + f.sendTo(), BODY_FONT, 14, null);
      XWPFParagraph roles = doc.createParagraph();
      run(roles, "编辑：" + f.editor() + "    审核：" + f.reviewer() + "    电话：" + f.phone(), BODY_FONT, 14, null);
      XWPFParagraph copies = doc.createParagraph();
      copies.setAlignment(ParagraphAlignment.RIGHT);
      rule(copies, "bottom", "000000", 8);
      run(copies, "(共印 " + f.copies() + " 份)", BODY_FONT, 14, null);

      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the DOCX of issue " + draft.issueId(), e);
    }
  }

  private static XWPFParagraph centered(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    return p;
  }

  private static void run(XWPFParagraph p, String text, String font, int points, String color) {
    XWPFRun r = p.createRun();
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        r.addTab();
      }
      r.setText(parts[i], i);
    }
    r.setFontSize(points);
    if (color != null) {
      r.setColor(color);
    }
    // the run's one set of properties (size and colour are in it already): a second would be invalid
    var properties = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
    fonts.setEastAsia(font);
    fonts.setAscii(font);
    fonts.setHAnsi(font);
  }

  private static void rule(XWPFParagraph p, String side, String color, int eighthsOfPoint) {
    var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    var borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
    CTBorder b = side.equals("top") ? borders.addNewTop() : borders.addNewBottom();
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(eighthsOfPoint));
    b.setColor(color);
    b.setSpace(BigInteger.valueOf(1));
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(2098)); // 37 mm
    margins.setBottom(BigInteger.valueOf(1984)); // 35 mm
    margins.setLeft(BigInteger.valueOf(1588)); // 28 mm
    margins.setRight(BigInteger.valueOf(1474)); // 26 mm
  }

  private static void pageNumbers(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText("— ");
    p.getCTP().addNewFldSimple().setInstr("PAGE");
    p.createRun().setText(" —");
  }
}

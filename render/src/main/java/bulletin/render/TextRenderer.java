package bulletin.render;

import bulletin.common.profile.BulletinProfile;
import bulletin.common.record.Draft;
import bulletin.common.record.DraftItem;
import bulletin.common.record.DraftSection;
import java.util.stream.Collectors;

/**
 * Plain text laid out exactly like the model issue: masthead, 领导批示, 【sections】 with blank lines
 * between paragraphs, the footer, and no newline after the last line.
 */
public final class TextRenderer {
  private TextRenderer() {}

  public static String render(Draft draft, BulletinProfile profile) {
    var m = profile.masthead();
    var f = profile.footer().with(draft.footer());
    StringBuilder out = new StringBuilder("\n\n");
    para(out, m.title().codePoints().mapToObj(Character::toString).collect(Collectors.joining(" ")));
    para(out, "第 " + draft.number() + " 期");
    para(out, m.publisher());
    para(out, draft.date().getYear() + " 年 " + draft.date().getMonthValue() + " 月 "
        + draft.date().getDayOfMonth() + " 日");
    para(out, m.remarksLabel());
    for (DraftSection s : draft.sections()) {
      if (s.items().isEmpty()) {
        continue;
      }
      para(out, "【" + s.title() + "】");
      for (DraftItem item : s.items()) {
        para(out, item.headline() + item.body());
      }
    }
    para(out, "报：" + f.reportTo());
    para(out, "送：" + f.sendTo());
    para(out, "编辑：" + f.editor());
    para(out, "审核：" + f.reviewer());
    para(out, "电话：" + f.phone());
    out.append("(共印 ").append(f.copies()).append(" 份)");
    return out.toString();
  }

  private static void para(StringBuilder out, String text) {
    out.append(text).append("\n\n");
  }
}

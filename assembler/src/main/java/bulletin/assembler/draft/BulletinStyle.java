package bulletin.assembler.draft;

import bulletin.common.record.ClassifiedAnnouncement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an item the way the bulletin prints it, extractively: every sentence comes from the
 * source. A headline ending in 。; a summary that opens with its source and date when the lead
 * sentence does not carry a date (科技部3月10日消息称，…), cut at a sentence boundary; and for
 * dated sections a one-liner (3月23日，…).
 */
public final class BulletinStyle {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；])");
  private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\d{4}年)?\\d{1,2}月\\d{1,2}日[，,]?");
  private static final Pattern DATE_NEAR_START = Pattern.compile("^.{0,20}?\\d{1,2}月\\d{1,2}日");
  /** A notice's document number (国科发资〔2021〕62号) or its addressee line (各有关单位：). */
  private static final Pattern NOTICE_FORMALITY = Pattern.compile("^\\S{0,12}〔\\d{4}〕\\d+号$|[：:]$");

  private final int maxChars;

  /** @param maxChars a summary stops at the first sentence end at or past this many characters */
  public BulletinStyle(int maxChars) {
    this.maxChars = maxChars;
  }

  /** The title as a headline: no trailing punctuation but one 。. */
  public String headline(ClassifiedAnnouncement a) {
    String t = a.title().strip().replaceAll("[。.！!？?；;，,\\s]+$", "");
    return t + "。";
  }

  /** The summary paragraph that follows the headline. */
  public String summary(ClassifiedAnnouncement a) {
    List<String> sentences = sentences(a.text());
    String headline = headline(a);
    StringBuilder out = new StringBuilder();
    for (String s : sentences) {
      if (s.equals(headline) || s.equals(a.title())) {
        continue;
      }
      out.append(s);
      if (out.length() >= maxChars) {
        break;
      }
    }
    String body = out.toString();
    if (body.isEmpty()) {
      return "";
    }
    if (!DATE_NEAR_START.matcher(body).find()) {
      body = a.sourceName() + monthDay(a.publishedDate()) + "消息称，" + body;
    }
    return body;
  }

  /** A dated one-liner: 3月23日，市科技局召开…。 */
  public String datedLine(ClassifiedAnnouncement a) {
    List<String> sentences = sentences(a.text());
    String lead = sentences.isEmpty() ? "" : sentences.get(0);
    if (LEADING_DATE.matcher(lead).find()) {
      return lead.replaceFirst("^\\s*\\d{4}年", "");
    }
    return monthDay(a.publishedDate()) + "，" + headline(a);
  }

  /** 3月10日 */
  public static String monthDay(LocalDate d) {
    return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The text's sentences, each keeping its closing mark; paragraphs end a sentence too. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String para : text.split("\n")) {
      if (NOTICE_FORMALITY.matcher(para.strip()).find()) {
        continue;
      }
      for (String s : SENTENCE_END.split(para.strip())) {
        String t = s.strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }
}

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

  /** A lead paragraph shorter than this is followed by the next one. */
  static final int MIN_CHARS = 60;

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

  /**
   * The summary paragraph that follows the headline: the lead paragraph, as news is written with
   * the essentials first; more paragraphs while it is shorter than {@link #MIN_CHARS}; cut at the
   * first sentence end at or past {@code maxChars}.
   */
  public String summary(ClassifiedAnnouncement a) {
    String headline = headline(a);
    StringBuilder out = new StringBuilder();
    for (List<String> paragraph : paragraphs(a.text())) {
      if (out.length() >= MIN_CHARS) {
        break;
      }
      for (String s : paragraph) {
        if (s.equals(headline) || s.equals(a.title()) || out.length() >= maxChars) {
          continue;
        }
        out.append(s);
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
    return paragraphs(text).stream().flatMap(List::stream).toList();
  }

  /** The text's paragraphs as sentences, without a notice's document number or addressee line. */
  static List<List<String>> paragraphs(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String para : text.split("\n")) {
      if (NOTICE_FORMALITY.matcher(para.strip()).find()) {
        continue;
      }
      List<String> sentences = new ArrayList<>();
      for (String s : SENTENCE_END.split(para.strip())) {
        String t = s.strip();
        if (!t.isEmpty()) {
          sentences.add(t);
        }
      }
      if (!sentences.isEmpty()) {
        out.add(sentences);
      }
    }
    return out;
  }
}

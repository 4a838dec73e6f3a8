package bulletin.classifier.cue;

/** Whose news an item is: the first of the two facts that decide most sections. */
public enum Locus {
  LEADERSHIP("中央领导"),
  NATIONAL("国家部委"),
  REGION("自治区"),
  LEAGUE("区内盟市"),
  ORDOS("鄂尔多斯"),
  BUREAU("市科技局"),
  ELSEWHERE("外省市"),
  ABROAD("境外"),
  UNKNOWN("未识别");

  private final String words;

  Locus(String words) {
    this.words = words;
  }

  /** The locus as an editor names it. */
  public String words() {
    return words;
  }
}

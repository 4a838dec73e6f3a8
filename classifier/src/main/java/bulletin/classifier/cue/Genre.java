package bulletin.classifier.cue;

/**
 * What kind of news an item is: the second of the two facts that decide most sections. Listed from
 * the most to the least decisive: an item that is both a call and a meeting is a call.
 */
public enum Genre {
  TEMPLATE("范文模板"),
  NON_NEWS("非新闻"),
  NON_ST("非科技事务"),
  PARTY("党建学习"),
  CALL("申报评审"),
  COOPERATION("合作交流"),
  STATEMENT("讲话指示"),
  POLICY("政策文件"),
  RECEPTION("会见来访"),
  INSPECTION("调研考察"),
  MEETING("工作会议"),
  EVENT("培训活动"),
  RESULT("成果进展"),
  OTHER("未识别");

  private final String words;

  Genre(String words) {
    this.words = words;
  }

  /** The genre as an editor names it. */
  public String words() {
    return words;
  }
}

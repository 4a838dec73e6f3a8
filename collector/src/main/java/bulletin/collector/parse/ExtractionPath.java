package bulletin.collector.parse;

/** Which rule found an article's body, from the most specific to the most general. */
public enum ExtractionPath {
  /** The source's {@code article.body} selector. */
  SELECTOR("selector"),
  /** A content management system's marker: TRS_Editor, ContentStart/ContentEnd, Hanweb's #zoom. */
  CMS_MARKER("CMS marker"),
  /** The scoring extractor: paragraph and text density, link density, class and id hints. */
  SCORING("scoring");

  private final String label;

  ExtractionPath(String label) {
    this.label = label;
  }

  /** The name the command line prints. */
  public String label() {
    return label;
  }
}

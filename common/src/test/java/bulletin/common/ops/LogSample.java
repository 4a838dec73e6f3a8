package bulletin.common.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Logs one line about a source and one failure, as a service would, for {@link LogFormatTest}. */
public final class LogSample {
  private static final Logger LOG = LoggerFactory.getLogger(LogSample.class);

  private LogSample() {}

  public static void main(String[] args) {
    try (var logged = MDC.putCloseable("source", "ordos-kjj-gzdt")) {
      LOG.warn("3 listed, 1 new; 列表页未找到日期");
    }
    LOG.error("draft failed", new IllegalStateException("issue 2021-03 is not in the schedule"));
  }
}

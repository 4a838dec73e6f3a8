package bulletin.collector.source;

import java.nio.file.Path;

/** A source definition that cannot be used; the message names the file and what is wrong. */
public final class InvalidSourceException extends RuntimeException {
  InvalidSourceException(Path file, String problem) {
    super(file + ": " + problem);
  }

  InvalidSourceException(String problems) {
    super(problems);
  }
}

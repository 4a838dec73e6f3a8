package bulletin.collector.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party pages in {@code ../shared/realpages/} beside the project (magic-html's and
 * GeneralNewsExtractor's test pages). They are read where they are, never copied into the project.
 */
public final class RealPages {
  private RealPages() {}

  /** The folder {@code ../shared/realpages/NAME} seen from the project's root, or the test is skipped. */
  public static Path folder(String name) {
    Optional<Path> root = projectRoot();
    Path dir = root.map(r -> r.resolve("../shared/realpages").resolve(name).normalize()).orElse(null);
    Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
        "skipped: the real pages are not beside the project (no " + (dir == null ? "../shared/realpages" : dir)
            + "); they are third-party pages kept outside the repository");
    return dir;
  }

  /** The first folder, from the working directory up, that holds the Maven wrapper: the project's root. */
  private static Optional<Path> projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

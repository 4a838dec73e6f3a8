package bulletin.common.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file that exists while a service is ready, for container health checks
 * ({@code test -f /tmp/bulletin-ready}). Off when no path is configured.
 */
public final class HealthFile {
  private static final Logger LOG = LoggerFactory.getLogger(HealthFile.class);
  private final Optional<Path> path;

  public HealthFile(Optional<String> path) {
    this.path = path.map(Path::of);
  }

  public void ready() {
    path.ifPresent(p -> {
      try {
        Files.writeString(p, "ready\n");
      } catch (IOException e) {
        LOG.warn("cannot write the health file {}: {}", p, e.getMessage());
      }
    });
  }

  public void notReady() {
    path.ifPresent(p -> {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        LOG.warn("cannot remove the health file {}: {}", p, e.getMessage());
      }
    });
  }
}

package bulletin.common.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs a picocli command the way every entry point of the project should: a bad argument prints
 * what was wrong and the usage (exit 2), a failure prints one plain sentence (exit 1), and a stack
 * trace appears only with {@code LOG_LEVEL=DEBUG}.
 */
public final class Cli {
  private Cli() {}

  /** Parses and runs {@code command} with {@code args}; returns the exit code. */
  public static int run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("error: " + ex.getMessage());
      ex.getCommandLine().usage(err);
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("error: " + plainMessage(ex));
      if ("DEBUG".equalsIgnoreCase(System.getenv("LOG_LEVEL"))) {
        ex.printStackTrace(err);
      }
      err.flush();
      return 1;
    });
    return cl.execute(args);
  }

  /** The first message along an exception's chain: the project's exceptions say what and where. */
  public static String plainMessage(Throwable t) {
    for (Throwable cur = t; cur != null; cur = cur.getCause()) {
      if (cur instanceof java.nio.file.NoSuchFileException) {
        return "no such file or folder: " + cur.getMessage();
      }
      if (cur instanceof java.nio.file.AccessDeniedException) {
        return "permission denied: " + cur.getMessage();
      }
      if (cur.getMessage() != null && !cur.getMessage().isBlank()) {
        return cur.getMessage();
      }
    }
    return t.getClass().getSimpleName();
  }

  /** {@code file}, or an error naming it when it cannot be read. */
  public static java.nio.file.Path readable(java.nio.file.Path file) {
    if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
      throw new IllegalArgumentException("file " + file + " does not exist or cannot be read");
    }
    return file;
  }

  /** {@code key=value} options as a map, naming the one that lacks its '='. */
  public static Map<String, String> settings(List<String> pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    if (pairs == null) {
      return m;
    }
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--set takes key=value, not '" + p + "'");
      }
      m.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
    }
    return m;
  }
}

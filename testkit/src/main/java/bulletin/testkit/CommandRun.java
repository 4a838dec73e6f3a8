package bulletin.testkit;

import bulletin.common.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of a service's command line as a user runs it, through the same entry point
 * ({@link Cli#run}): its exit code, standard output (as bytes, for binary formats) and standard error.
 */
public record CommandRun(int code, byte[] outBytes, String err) {

  /** Runs {@code command} with {@code args} and no standard input. */
  public static CommandRun of(Object command, String... args) {
    return withInput("", command, args);
  }

  /** Runs {@code command} with {@code args}, {@code input} on standard input. */
  public static CommandRun withInput(String input, Object command, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      int code = Cli.run(command, args);
      System.out.flush();
      System.err.flush();
      return new CommandRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  /** Standard output as UTF-8 text. */
  public String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out() + "--- err\n" + err;
  }
}

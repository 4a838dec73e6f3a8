package bulletin.assembler;

import bulletin.common.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the assembler's command line as a user runs it: exit code, standard output, standard error. */
record CommandRun(int code, byte[] outBytes, String err) {

  static CommandRun assembler(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Cli.run(new AssemblerMain(), args);
      System.out.flush();
      System.err.flush();
      return new CommandRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out() + "--- err\n" + err;
  }
}

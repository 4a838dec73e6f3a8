package bulletin.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The services' logging configuration (src/main/resources/log4j2.xml) in a JVM of its own: plain
 * lines for a terminal by default, one JSON object a line with LOG_FORMAT=json, each carrying the
 * source, issue or item it is about.
 */
class LogFormatTest {

  @Test
  void jsonLinesCarryTheSourceAndTheError() throws Exception {
    List<String> lines = run(Map.of("LOG_FORMAT", "json"));
    assertEquals(2, lines.size(), String.join("\n", lines));
    ObjectMapper json = new ObjectMapper();
    JsonNode warn = json.readTree(lines.get(0));
    assertEquals("WARN", warn.path("level").asText());
    assertEquals("3 listed, 1 new; 列表页未找到日期", warn.path("message").asText());
    assertEquals("ordos-kjj-gzdt", warn.path("source").asText());
    assertEquals(LogSample.class.getName(), warn.path("logger").asText());
    assertTrue(warn.path("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), warn.toString());
    JsonNode error = json.readTree(lines.get(1));
    assertTrue(error.path("source").isMissingNode(), "the source was only for the first line: " + error);
    assertEquals("java.lang.IllegalStateException", error.path("error").asText());
    assertEquals("issue 2021-03 is not in the schedule", error.path("errorMessage").asText());
    assertTrue(error.path("stackTrace").asText().contains("LogSample.main"), error.toString());
  }

  @Test
  void aTerminalGetsPlainLines() throws Exception {
    List<String> lines = run(Map.of());
    assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[LogSample] source=ordos-kjj-gzdt "
        + "3 listed, 1 new; 列表页未找到日期"), lines.get(0));
    assertTrue(lines.get(1).endsWith("ERROR [LogSample] draft failed"), lines.get(1));
    assertTrue(lines.get(2).contains("IllegalStateException: issue 2021-03 is not in the schedule"), lines.get(2));
  }

  /** The lines LogSample writes to standard error with the services' configuration and {@code env}. */
  private static List<String> run(Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Dlog4j2.configurationFile=log4j2.xml",
        "-cp", System.getProperty("java.class.path"), LogSample.class.getName());
    pb.environment().remove("LOG_FORMAT");
    pb.environment().remove("LOG_LEVEL");
    pb.environment().putAll(env);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the sample ended");
    return new ArrayList<>(err.lines().filter(l -> !l.isBlank()).toList());
  }
}

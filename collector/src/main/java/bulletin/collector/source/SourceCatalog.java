package bulletin.collector.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads source definitions from a folder of YAML files, one source per file. */
public final class SourceCatalog {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SourceCatalog() {}

  /** One definition, with an error that names the file and the key that is wrong. */
  public static SourceDefinition read(Path file) {
    try {
      SourceDefinition d = YAML.readValue(file.toFile(), SourceDefinition.class);
      String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (!d.id().equals(expected)) {
        throw new InvalidSourceException(file, "id '" + d.id() + "' differs from the file name '"
            + expected + "'");
      }
      return d;
    } catch (ValueInstantiationException e) {
      throw new InvalidSourceException(file, e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage());
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidSourceException(file, "unknown key '" + e.getPropertyName() + "' at "
          + e.getPathReference().replace("bulletin.collector.source.", ""));
    } catch (IOException e) {
      String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
      throw new InvalidSourceException(file, msg);
    }
  }

  /** Every definition in {@code dir}; invalid files are reported together, not one at a time. */
  public static List<SourceDefinition> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("sources folder " + dir.toAbsolutePath() + " does not exist");
    }
    List<SourceDefinition> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(SourceCatalog::isYaml).sorted().toList()) {
        try {
          SourceDefinition d = read(f);
          Path other = ids.put(d.id(), f);
          if (other != null) {
            problems.add(f + ": id '" + d.id() + "' is also used by " + other);
          }
          sources.add(d);
        } catch (InvalidSourceException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new InvalidSourceException(String.join("\n", problems));
    }
    return sources;
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }
}

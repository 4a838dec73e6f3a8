package bulletin.common.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A service's configuration: its documented defaults file, overridden by environment variables,
 * overridden by explicit settings (command-line flags, tests). The variable for key
 * {@code fetch.timeout} is {@code FETCH_TIMEOUT}; only keys the defaults file declares exist.
 */
public final class Settings {
  private final String origin;
  private final Map<String, String> values;

  private Settings(String origin, Map<String, String> values) {
    this.origin = origin;
    this.values = values;
  }

  /** Loads the defaults resource, then the process environment, then {@code overrides}. */
  public static Settings load(String defaultsResource, Map<String, String> overrides) {
    return load(defaultsResource, System.getenv(), overrides);
  }

  /** As {@link #load(String, Map)} with an explicit environment. */
  public static Settings load(String defaultsResource, Map<String, String> env,
      Map<String, String> overrides) {
    Map<String, String> values = new TreeMap<>(readDefaults(defaultsResource));
    for (String key : values.keySet()) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null && !fromEnv.isBlank()) {
        values.put(key, fromEnv.strip());
      }
    }
    for (var e : overrides.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        throw new IllegalArgumentException("unknown setting '" + e.getKey() + "': the settings are "
            + String.join(", ", values.keySet()));
      }
      values.put(e.getKey(), e.getValue());
    }
    return new Settings(defaultsResource, values);
  }

  /** The environment variable that overrides {@code key}. */
  public static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** A setting's text; blank means unset. */
  public String string(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("setting '" + key + "' is not declared in " + origin);
    }
    return v;
  }

  /** A setting that may be left blank. */
  public Optional<String> optional(String key) {
    String v = string(key);
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  public int integer(String key) {
    try {
      return Integer.parseInt(string(key).strip());
    } catch (NumberFormatException e) {
      throw invalid(key, "a whole number");
    }
  }

  public boolean flag(String key) {
    String v = string(key).strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw invalid(key, "true or false");
    };
  }

  /** A duration written as 30s, 500ms, 5m, 1h, or ISO-8601 (PT30S). */
  public Duration duration(String key) {
    String v = string(key).strip().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt") || v.startsWith("p")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      return switch (v.charAt(v.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw invalid(key, "a duration such as 30s, 5m or PT1H");
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw invalid(key, "a duration such as 30s, 5m or PT1H");
    }
  }

  public Path path(String key) {
    return Path.of(string(key).strip());
  }

  /** Every key and value, for printing the effective configuration. */
  public Map<String, String> asMap() {
    return Map.copyOf(values);
  }

  private IllegalArgumentException invalid(String key, String expected) {
    return new IllegalArgumentException("setting '" + key + "' (environment " + envName(key)
        + ") is '" + values.get(key) + "', expected " + expected);
  }

  private static Map<String, String> readDefaults(String resource) {
    try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("defaults file " + resource + " is not on the classpath");
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).strip()));
      return m;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read defaults file " + resource + ": " + e.getMessage(), e);
    }
  }
}

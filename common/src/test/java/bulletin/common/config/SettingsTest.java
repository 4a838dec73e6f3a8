package bulletin.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static final String DEFAULTS = "test-defaults.properties";

  @Test
  void defaultsApplyWhenNothingOverridesThem() {
    Settings s = Settings.load(DEFAULTS, Map.of(), Map.of());
    assertEquals("localhost:9092", s.string("kafka.bootstrap"));
    assertEquals(Duration.ofSeconds(20), s.duration("fetch.timeout"));
    assertEquals(3, s.integer("topics.partitions"));
    assertTrue(s.optional("fetch.replay-base").isEmpty());
  }

  @Test
  void anEnvironmentVariableOverridesItsKey() {
    Settings s = Settings.load(DEFAULTS, Map.of("KAFKA_BOOTSTRAP", "broker:29092", "FETCH_REPLAY_BASE", "http://x/"),
        Map.of());
    assertEquals("broker:29092", s.string("kafka.bootstrap"));
    assertEquals("http://x/", s.optional("fetch.replay-base").orElseThrow());
  }

  @Test
  void explicitSettingsOverrideTheEnvironment() {
    Settings s = Settings.load(DEFAULTS, Map.of("KAFKA_BOOTSTRAP", "broker:29092"),
        Map.of("kafka.bootstrap", "other:9092"));
    assertEquals("other:9092", s.string("kafka.bootstrap"));
  }

  @Test
  void anUnknownSettingIsRefusedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Settings.load(DEFAULTS, Map.of(), Map.of("fetch.timeuot", "5s")));
    assertTrue(e.getMessage().contains("unknown setting 'fetch.timeuot'"), e.getMessage());
    assertTrue(e.getMessage().contains("fetch.timeout"), e.getMessage());
  }

  @Test
  void aBadValueNamesTheKeyAndItsVariable() {
    Settings s = Settings.load(DEFAULTS, Map.of("FETCH_TIMEOUT", "soon"), Map.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.duration("fetch.timeout"));
    assertEquals("setting 'fetch.timeout' (environment FETCH_TIMEOUT) is 'soon', expected a duration such as "
        + "30s, 5m or PT1H", e.getMessage());
  }

  @Test
  void durationsReadInTheUsualForms() {
    Settings s = Settings.load(DEFAULTS, Map.of(), Map.of("fetch.timeout", "500ms"));
    assertEquals(Duration.ofMillis(500), s.duration("fetch.timeout"));
    assertEquals(Duration.ofHours(1), Settings.load(DEFAULTS, Map.of(), Map.of("fetch.timeout", "PT1H"))
        .duration("fetch.timeout"));
    assertEquals(Duration.ofMinutes(5), Settings.load(DEFAULTS, Map.of(), Map.of("fetch.timeout", "5m"))
        .duration("fetch.timeout"));
  }
}

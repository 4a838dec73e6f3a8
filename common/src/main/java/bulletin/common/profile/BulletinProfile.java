package bulletin.common.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes one bureau's bulletin: masthead, sections in order, footer, and the words that steer
 * classification. Data, not code: another bureau writes another profile file.
 */
public record BulletinProfile(Masthead masthead, Schedule issues, List<Section> sections,
    List<String> offTopicKeywords, List<String> topicKeywords, Footer footer) {

  /** The default profile's resource: 鄂尔多斯市科学技术局《科技简报》. */
  public static final String DEFAULT_RESOURCE = "bulletin/profile-ordos.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public BulletinProfile {
    if (masthead == null) {
      throw new IllegalArgumentException("profile has no masthead");
    }
    if (issues == null) {
      throw new IllegalArgumentException("profile has no issues schedule (cadence, firstDate)");
    }
    if (sections == null || sections.isEmpty()) {
      throw new IllegalArgumentException("profile has no sections");
    }
    Set<String> titles = new HashSet<>();
    for (Section s : sections) {
      if (!titles.add(s.title())) {
        throw new IllegalArgumentException("profile names section " + s.title() + " twice");
      }
    }
    sections = List.copyOf(sections);
    offTopicKeywords = offTopicKeywords == null ? List.of() : List.copyOf(offTopicKeywords);
    topicKeywords = topicKeywords == null ? List.of() : List.copyOf(topicKeywords);
    if (footer == null) {
      throw new IllegalArgumentException("profile has no footer");
    }
  }

  /** The bundled default profile, which reproduces the model issue. */
  public static BulletinProfile defaultProfile() {
    try (InputStream in = BulletinProfile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_RESOURCE + " is not on the classpath");
      }
      return YAML.readValue(in, BulletinProfile.class);
    } catch (IOException e) {
      throw new IllegalStateException("the default profile cannot be read: " + e.getMessage(), e);
    }
  }

  /** Loads a profile file, naming the file and the problem when it is not a valid profile. */
  public static BulletinProfile load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return YAML.readValue(in, BulletinProfile.class);
    } catch (IOException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      throw new IllegalArgumentException("profile " + file + " is not valid: " + cause.getMessage(), e);
    }
  }

  /** The default profile, or the file when one is given. */
  public static BulletinProfile fromSetting(Optional<String> file) {
    return file.map(f -> load(Path.of(f))).orElseGet(BulletinProfile::defaultProfile);
  }

  /** The section with this title, if the profile has one. */
  public Optional<Section> section(String title) {
    return sections.stream().filter(s -> s.title().equals(title)).findFirst();
  }

  /** The masthead: what the top of the first page says. */
  public record Masthead(String title, String publisher, String remarksLabel) {
    public Masthead {
      if (title == null || title.isBlank() || publisher == null || publisher.isBlank()) {
        throw new IllegalArgumentException("masthead needs a title and a publisher");
      }
      remarksLabel = remarksLabel == null ? "领导批示：" : remarksLabel;
    }
  }

  /** The footer: distribution lists, the editor and reviewer, the phone and the print run. */
  public record Footer(String reportTo, String sendTo, String editor, String reviewer, String phone,
      int copies) {

    /** The footer fields an issue may set: the names editors use in a footer edit. */
    public static final java.util.List<String> FIELDS = java.util.List.of("reportTo", "sendTo", "editor", "reviewer",
        "phone", "copies");

    /** This footer with an issue's own fields over it. */
    public Footer with(java.util.Map<String, String> fields) {
      if (fields == null || fields.isEmpty()) {
        return this;
      }
      int n = copies;
      try {
        n = fields.containsKey("copies") ? Integer.parseInt(fields.get("copies").strip()) : copies;
      } catch (NumberFormatException e) {
        // an unreadable count keeps the profile's
      }
      return new Footer(fields.getOrDefault("reportTo", reportTo), fields.getOrDefault("sendTo", sendTo),
          fields.getOrDefault("editor", editor), fields.getOrDefault("reviewer", reviewer),
          fields.getOrDefault("phone", phone), n);
    }
  }
}

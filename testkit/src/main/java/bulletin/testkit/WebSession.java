package bulletin.testkit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser's side of a web app over plain HTTP, for tests: keeps the session cookie, reads CSRF tokens from forms. */
public final class WebSession {
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI base;
  private String cookie;

  public WebSession(URI base) {
    this.base = base;
  }

  public HttpResponse<String> get(String path) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return remember(client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  public HttpResponse<byte[]> getBytes(String path) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return remember(client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  /** Posts a multipart form, as a browser sends one with a file input: {@code fields}, then the file. */
  public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
      byte[] file) throws Exception {
    String boundary = "----bulletin" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (var e : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
          + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return remember(client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  /** The CSRF token of the forms on {@code path}. */
  public String csrf(String path) throws Exception {
    Document doc = Jsoup.parse(get(path).body());
    return doc.selectFirst("input[name=csrf]").attr("value");
  }

  /** Logs in; returns the response to the log-in post. */
  public HttpResponse<String> login(String name, String password) throws Exception {
    String csrf = csrf("/login");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", csrf);
    form.put("name", name);
    form.put("password", password);
    return post("/login", form);
  }

  /** Posts an edit form of an issue page, with the page's CSRF token. */
  public HttpResponse<String> edit(String issueId, Map<String, String> fields) throws Exception {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", csrf("/issues/" + issueId));
    return post("/issues/" + issueId + "/edit", form);
  }

  private <T> HttpResponse<T> remember(HttpResponse<T> r) {
    r.headers().allValues("Set-Cookie").forEach(c -> {
      String pair = c.split(";")[0];
      cookie = pair.endsWith("=") ? null : pair;
    });
    return r;
  }
}

package bulletin.collector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * An HTTP/1.1 server on loopback that writes each answer byte for byte as the test gives it, so an
 * answer can lie: a Content-Length longer than the body, a gzip header over bytes that are not
 * gzip, a body that stops and never ends. One thread per connection; one answer per connection.
 */
final class BrokenSite implements AutoCloseable {
  private final ServerSocket server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  /** Opened at close: answers that hang wait on it, so no thread outlives the test. */
  private final CountDownLatch closed = new CountDownLatch(1);

  /** The raw head and body of one answer, and whether the connection then stays open without a word. */
  record Answer(String head, byte[] body, boolean hang) {}

  private BrokenSite(ServerSocket server) {
    this.server = server;
  }

  static BrokenSite start() throws IOException {
    BrokenSite site = new BrokenSite(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(site::accept, "broken-site");
    acceptor.setDaemon(true);
    acceptor.start();
    return site;
  }

  /** A well-formed answer: 200, text/html, the right Content-Length. */
  BrokenSite page(String path, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    return raw(path, headers(body.length, ""), body, false);
  }

  /** 200 with {@code headers} (each line ending in CRLF) and exactly {@code body}; then closes or hangs. */
  BrokenSite raw(String path, String headers, byte[] body, boolean hang) {
    answers.put(path, new Answer("HTTP/1.1 200 OK\r\n" + headers + "\r\n", body, hang));
    return this;
  }

  static String headers(long contentLength, String more) {
    return "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + contentLength + "\r\n" + more;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread t = new Thread(() -> answer(socket), "broken-site-answer");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void answer(Socket socket) {
    try (socket) {
      String path = requestPath(socket.getInputStream());
      Answer a = answers.get(path);
      OutputStream out = socket.getOutputStream();
      if (a == null) {
        out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return;
      }
      out.write(a.head().getBytes(StandardCharsets.US_ASCII));
      out.write(a.body());
      out.flush();
      if (a.hang()) {
        closed.await(); // the broken site under test: headers promised more, nothing comes
      }
    } catch (IOException e) {
      // the client gave up on a broken answer: that is what the test looks at
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The path of the request line; the headers are read up to the blank line and dropped. */
  private static String requestPath(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0d0a0d0a) {
        break;
      }
    }
    String requestLine = head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
    String[] parts = requestLine.split(" ");
    return parts.length > 1 ? URI.create(parts[1]).getPath() : "";
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    server.close();
  }
}

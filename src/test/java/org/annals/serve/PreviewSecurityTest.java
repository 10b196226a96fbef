package org.annals.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.render.ContentSecurityPolicy;
import org.annals.site.BuildOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the preview refuses, asked by hand over a socket: nothing outside the preview folder is
 * ever served, whatever the request line, and every answer carries the site's policy.
 */
class PreviewSecurityTest {
  private static final String SECRET = "secret outside the preview folder";
  /** A line of a Java stack trace. */
  private static final String STACK_TRACE = "(?m)^\\s*at [\\w$.]+\\(|\\.java:\\d+\\)";

  @TempDir
  static Path temp;

  private static PreviewServer server;
  private static int port;
  private static final StringWriter console = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    Path preview = temp.resolve("preview");
    server = new PreviewServer(new BuildOptions(content, Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), preview, Optional.empty()), 0,
        new PrintWriter(new StringWriter()), new PrintWriter(console, true));
    server.start();
    port = server.address().getPort();
    // Beside the preview folder, a file and a folder a request must never reach; inside it, links to them.
    Files.writeString(temp.resolve("secret.txt"), SECRET);
    Files.createDirectories(temp.resolve("outside"));
    Files.writeString(temp.resolve("outside/secret.txt"), SECRET);
    Files.writeString(temp.resolve("outside/index.html"), "<p>" + SECRET);
    Files.createSymbolicLink(preview.resolve("escape"), temp.resolve("outside"));
    Files.createSymbolicLink(preview.resolve("escape.txt"), temp.resolve("secret.txt"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listensOn127001Only() throws Exception {
    InetSocketAddress address = server.address();
    assertThat(address.getAddress()).isEqualTo(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port + "/");
    // Another address of this machine, when it has one, does not answer.
    Optional<InetAddress> other = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
    Assumptions.assumeTrue(other.isPresent(), "this machine has no address but the loopback one");
    try (Socket socket = new Socket()) {
      assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(other.get(), port), 2000));
    }
  }

  @Test
  void servesThePreviewFolderWithThePolicyAndNosniff() throws Exception {
    RawClient.Response home = RawClient.send(port, "GET / HTTP/1.1");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.POLICY);
    assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(home.body()).contains("<script src=\"/__annals/live.js\" defer></script>");
    for (String path : List.of("/assets/search.js", "/__annals/live.js", "/__annals/live.css", "/papers")) {
      RawClient.Response response = RawClient.send(port, "GET " + path + " HTTP/1.1");
      assertThat(response.status()).as(path).isIn(200, 301);
      assertThat(response.header("Content-Security-Policy")).as(path).isEqualTo(ContentSecurityPolicy.POLICY);
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
    assertThat(RawClient.send(port, "GET /papers HTTP/1.1").header("Location")).isEqualTo("/papers/");
  }

  @Test
  void theNotFoundPageGetsItsOwnPolicyWhichIsTheStrictOneWithItsInlinePartsAllowed() throws Exception {
    for (String line : List.of("GET /no/such/page/ HTTP/1.1", "GET /404.html HTTP/1.1")) {
      RawClient.Response response = RawClient.send(port, line);
      assertThat(response.status()).isIn(404, 200);
      String meta = PreviewServer.policyOf(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(meta).startsWith(ContentSecurityPolicy.POLICY + "; script-src 'self' 'sha256-")
          .contains("; style-src 'self' 'sha256-").doesNotContain("unsafe");
      assertThat(response.header("Content-Security-Policy")).as(line).isEqualTo(meta);
      assertThat(response.body()).contains("content=\"" + meta.replace("'", "&#39;") + "\"");
    }
  }

  @Test
  void headAnswersWithTheHeadersOfAGetAndNoBody() throws Exception {
    RawClient.Response get = RawClient.send(port, "GET /assets/search.js HTTP/1.1");
    RawClient.Response head = RawClient.send(port, "HEAD /assets/search.js HTTP/1.1");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"));
    assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
    assertThat(head.header("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.POLICY);
  }

  /** A request line, the status it gets, and whether the JDK's server refuses it before the preview sees it. */
  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("GET /../secret.txt HTTP/1.1", 403, false),
        Arguments.of("GET /../../../../../../etc/passwd HTTP/1.1", 403, false),
        Arguments.of("GET /%2e%2e/secret.txt HTTP/1.1", 403, false),
        Arguments.of("GET /%2E%2E/secret.txt HTTP/1.1", 403, false),
        Arguments.of("GET /papers/%2e%2e/%2e%2e/secret.txt HTTP/1.1", 403, false),
        Arguments.of("GET /.%2e/secret.txt HTTP/1.1", 403, false),
        Arguments.of("GET /%2e/index.html HTTP/1.1", 400, false),
        Arguments.of("GET /..%2fsecret.txt HTTP/1.1", 400, false),
        Arguments.of("GET /..%2Fsecret.txt HTTP/1.1", 400, false),
        Arguments.of("GET /papers%2fus-japan-relations-biden/ HTTP/1.1", 400, false),
        Arguments.of("GET /papers%2Fus-japan-relations-biden/ HTTP/1.1", 400, false),
        Arguments.of("GET /index.html%00 HTTP/1.1", 400, false),
        Arguments.of("GET /index.html%00.txt HTTP/1.1", 400, false),
        Arguments.of("GET /..%5csecret.txt HTTP/1.1", 400, false),
        Arguments.of("GET /..%5Csecret.txt HTTP/1.1", 400, false),
        Arguments.of("GET /..\\secret.txt HTTP/1.1", 400, true),
        Arguments.of("GET /papers\\us-japan-relations-biden/ HTTP/1.1", 400, true),
        Arguments.of("GET http://evil.example/ HTTP/1.1", 400, false),
        Arguments.of("GET http://evil.example/../secret.txt HTTP/1.1", 400, false),
        Arguments.of("GET http://127.0.0.1/index.html HTTP/1.1", 400, false),
        Arguments.of("GET //evil.example/secret.txt HTTP/1.1", 400, false),
        Arguments.of("GET ///secret.txt HTTP/1.1", 400, false),
        Arguments.of("GET /escape/secret.txt HTTP/1.1", 403, false),
        Arguments.of("GET /escape/ HTTP/1.1", 403, false),
        Arguments.of("GET /escape.txt HTTP/1.1", 403, false),
        Arguments.of("GET /" + "a".repeat(100 * 1024) + " HTTP/1.1", 414, false),
        Arguments.of("GET /search/?q=" + "a".repeat(100 * 1024) + " HTTP/1.1", 414, false));
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("refusals")
  void refusesRequestsForAnythingButAPathInsideThePreviewFolder(String line, int status, boolean byTheJdk)
      throws Exception {
    RawClient.Response response = RawClient.send(port, line);
    assertThat(response.status()).as(abbreviated(line)).isEqualTo(status);
    assertThat(response.body()).doesNotContain(SECRET).doesNotContain("root:").doesNotContainPattern(STACK_TRACE);
    if (!byTheJdk) {
      assertThat(response.body()).doesNotContain("Exception");
      assertThat(response.header("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.POLICY);
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("Content-Type")).startsWith("text/plain");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW"})
  void answersOtherMethodsThan_GET_and_HEAD_with405AndAllow(String method) throws Exception {
    RawClient.Response response = RawClient.sendRaw(port, method + " /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(response.header("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.POLICY);
    assertThat(response.body()).doesNotContain("<html").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost.evil.example"})
  void refusesRequestsForAnotherHostName(String host) throws Exception {
    // A page elsewhere that points its own name at 127.0.0.1 still sends its name: it gets nothing.
    RawClient.Response response = RawClient.sendRaw(port, "GET /index.html HTTP/1.1\r\nHost: " + host
        + "\r\nConnection: close\r\n\r\n");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("<html");
    for (String known : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "127.0.0.1")) {
      assertThat(RawClient.sendRaw(port, "GET /index.html HTTP/1.1\r\nHost: " + known + "\r\nConnection: close\r\n\r\n")
          .status()).as(known).isEqualTo(200);
    }
  }

  @Test
  void neverSendsAStackTraceAndKeepsServingAfterBadRequests() throws Exception {
    for (String line : List.of("GET /%ZZ HTTP/1.1", "GET", "GET /index.html%00 HTTP/1.1",
        "GET /%C0%AE%C0%AE/secret.txt HTTP/1.1", "GET /%uFFFF HTTP/1.1")) {
      RawClient.Response response;
      try {
        response = RawClient.send(port, line);
      } catch (IOException closed) {
        continue; // the server hung up: nothing was given away
      }
      assertThat(response.status()).as(line).isBetween(400, 505);
      // The JDK's own refusals name the exception (URISyntaxException thrown), never its trace.
      assertThat(response.body()).as(line).doesNotContainPattern(STACK_TRACE).doesNotContain(SECRET);
    }
    RawClient.Response range = RawClient.sendRaw(port, "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Range: bytes=99999999999999999999999-\r\nConnection: close\r\n\r\n");
    assertThat(range.status()).isEqualTo(200);
    assertThat(RawClient.send(port, "GET / HTTP/1.1").status()).isEqualTo(200);
    assertThat(console.toString()).doesNotContain("could not answer");
  }

  @Test
  void aRequestLineThatNeverEndsIsCutOffAndOthersAreServedMeanwhile() throws Exception {
    Path content = temp.resolve("content");
    try (PreviewServer small = new PreviewServer(new BuildOptions(content, Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), temp.resolve("preview-small"), Optional.empty()), 0,
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), 2, java.time.Duration.ofSeconds(1))) {
      small.start();
      int smallPort = small.address().getPort();
      Path large = temp.resolve("preview-small/large.bin");
      Files.write(large, new byte[16 * 1024 * 1024]);
      // Both threads taken: one by a request line that stops half way, one by a reader that does not read.
      try (Socket partial = new Socket("127.0.0.1", smallPort); Socket stalled = new Socket()) {
        partial.getOutputStream().write("GET /index.ht".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        partial.getOutputStream().flush();
        stalled.setReceiveBufferSize(4096);
        stalled.connect(new InetSocketAddress("127.0.0.1", smallPort));
        stalled.getOutputStream().write(("GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        stalled.getOutputStream().flush();
        Thread.sleep(200);
        long started = System.nanoTime();
        RawClient.Response response = RawClient.send(smallPort, "GET /index.html HTTP/1.1");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(response.status()).isEqualTo(200);
        assertThat(seconds).as("waited for the slow clients' time to run out").isLessThan(5);
        // Both were cut off: the server closed their connections.
        partial.setSoTimeout(5000);
        assertThat(readUntilClosed(partial)).isLessThan(1024);
        stalled.setSoTimeout(5000);
        assertThat(readUntilClosed(stalled)).isLessThan(16L * 1024 * 1024);
        assertThat(small.cutOff()).isGreaterThanOrEqualTo(2);
      }
      assertThat(small.mostThreads()).as("worker threads at most at once").isEqualTo(2);
    }
  }

  /** Reads until the server closes the connection; the number of bytes read. */
  private static long readUntilClosed(Socket socket) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
        total += n;
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept the connection open", e);
    } catch (IOException reset) {
      // closed by the server while data was still in flight
    }
    return total;
  }

  private static String abbreviated(String line) {
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}

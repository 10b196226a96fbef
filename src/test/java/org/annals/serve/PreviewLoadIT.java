package org.annals.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.site.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview under load: 200 clients, each asking for the built site's files one after another
 * for 10 seconds, first alone and then beside slow clients that each hold a connection (one
 * sends its request line a byte a second, one reads a large file a byte a second). Not one
 * request may fail, and the server's threads stay at their fixed number.
 */
class PreviewLoadIT {
  private static final int CLIENTS = 200;
  private static final Duration RUN = Duration.ofSeconds(10);

  @TempDir
  Path temp;

  /** What one run measured. */
  record Run(String name, long completed, double seconds, long[] nanos, List<String> failures) {
    double perSecond() {
      return completed / seconds;
    }

    double percentileMillis(double p) {
      return nanos.length == 0 ? 0 : nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
    }

    void print() {
      System.out.printf(Locale.ROOT, "[measure] preview load, %s: %d connections for %.1f s: %d requests completed,"
          + " %.0f requests/s, median %.1f ms, p99 %.1f ms, %d failed%n", name, CLIENTS, seconds, completed,
          perSecond(), percentileMillis(0.5), percentileMillis(0.99), failures.size());
    }
  }

  @Test
  void servesTwoHundredClientsWithoutAFailureWhileSlowClientsHoldConnections() throws Exception {
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    Path preview = temp.resolve("preview");
    try (PreviewServer server = new PreviewServer(new BuildOptions(content, Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), preview, Optional.empty()), 0,
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
      server.start();
      List<String> paths = sitePaths(preview);
      Files.write(preview.resolve("large.bin"), new byte[16 * 1024 * 1024]);
      int port = server.address().getPort();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        load("warm-up", http, server, paths, clients, Duration.ofSeconds(5));
        Run alone = load("without slow clients", http, server, paths, clients, RUN);
        alone.print();

        AtomicBoolean stop = new AtomicBoolean();
        SlowClient trickle = new SlowClient(port, stop, false);
        SlowClient reader = new SlowClient(port, stop, true);
        Thread trickleThread = new Thread(trickle, "slow-request-line");
        Thread readerThread = new Thread(reader, "slow-reader");
        trickleThread.start();
        readerThread.start();
        Thread.sleep(1000);
        Run beside = load("with slow clients", http, server, paths, clients, RUN);
        // The slow clients' exchanges reach the time limit about now.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.cutOff() < 1 && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        stop.set(true);
        trickleThread.join(15_000);
        readerThread.join(15_000);
        beside.print();
        System.out.printf(Locale.ROOT, "[measure] preview load, slow clients: a request line sent a byte a second"
            + " (%d connection%s, the longest open %.1f s) and a large file read a byte a second (%d connection%s, the"
            + " longest open %.1f s); %d exchange%s cut off at the %d s limit; at most %d of %d server threads in use%n",
            trickle.connections.get(), trickle.connections.get() == 1 ? "" : "s", trickle.longestHeldNanos.get() / 1e9,
            reader.connections.get(), reader.connections.get() == 1 ? "" : "s", reader.longestHeldNanos.get() / 1e9,
            server.cutOff(), server.cutOff() == 1 ? "" : "s", PreviewServer.EXCHANGE_LIMIT.toSeconds(),
            server.mostThreads(), PreviewServer.THREADS);

        assertThat(alone.failures()).as("failed requests without slow clients").isEmpty();
        assertThat(beside.failures()).as("failed requests with slow clients").isEmpty();
        assertThat(server.cutOff()).as("exchanges cut off at the time limit").isGreaterThanOrEqualTo(1);
        assertThat(alone.completed()).isGreaterThan(CLIENTS);
        assertThat(beside.completed()).isGreaterThan(CLIENTS);
        // The slow clients did hold their connections, for most of the run.
        assertThat(trickle.longestHeldNanos.get()).isGreaterThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(reader.longestHeldNanos.get()).isGreaterThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(server.mostThreads()).isLessThanOrEqualTo(PreviewServer.THREADS);
      } finally {
        clients.shutdownNow();
      }
    }
  }

  /** The URL paths of every file of the built site: folders by their index page. */
  private static List<String> sitePaths(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
          .sorted().toList();
    }
  }

  /** {@link #CLIENTS} threads asking for the site's files one after another, each its own way round, for {@code time}. */
  private static Run load(String name, HttpClient http, PreviewServer server, List<String> paths,
      ExecutorService clients, Duration time) throws Exception {
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicLong completed = new AtomicLong();
    List<Future<long[]>> results = new ArrayList<>();
    long started = System.nanoTime();
    long deadline = started + time.toNanos();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      results.add(clients.submit(() -> {
        long[] nanos = new long[1024];
        int n = 0;
        for (int i = offset; System.nanoTime() < deadline; i++) {
          String path = paths.get(i % paths.size());
          HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
              .timeout(Duration.ofSeconds(30)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - t0;
            if (response.statusCode() != 200 || response.body().length == 0) {
              failures.add(path + ": status " + response.statusCode() + ", " + response.body().length + " bytes");
              continue;
            }
            if (n == nanos.length) {
              nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = took;
            completed.incrementAndGet();
          } catch (IOException e) {
            failures.add(path + ": " + e);
          }
        }
        return Arrays.copyOf(nanos, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> result : results) {
      all.add(result.get(time.toSeconds() + 60, TimeUnit.SECONDS));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Run(name, completed.get(), seconds, nanos, new ArrayList<>(failures));
  }

  /**
   * A client that holds a connection as long as the server lets it: either it sends a request line
   * a byte a second and never ends it, or it asks for a large file and reads it a byte a second.
   * When the server closes the connection it opens another.
   */
  private static final class SlowClient implements Runnable {
    private final int port;
    private final AtomicBoolean stop;
    private final boolean reads;
    final AtomicLong longestHeldNanos = new AtomicLong();
    final AtomicInteger connections = new AtomicInteger();

    SlowClient(int port, AtomicBoolean stop, boolean reads) {
      this.port = port;
      this.stop = stop;
      this.reads = reads;
    }

    @Override
    public void run() {
      while (!stop.get()) {
        long opened = System.nanoTime();
        try (Socket socket = new Socket()) {
          connections.incrementAndGet();
          if (reads) {
            socket.setReceiveBufferSize(4096);
          }
          socket.connect(new InetSocketAddress("127.0.0.1", port));
          socket.setSoTimeout(1000);
          OutputStream out = socket.getOutputStream();
          InputStream in = socket.getInputStream();
          if (reads) {
            out.write("GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
          } else {
            out.write("GET /".getBytes(StandardCharsets.US_ASCII));
            out.flush();
          }
          while (!stop.get()) {
            Thread.sleep(1000);
            if (reads) {
              if (in.read() < 0) {
                break;
              }
            } else {
              out.write('a');
              out.flush();
              if (socket.getInputStream().available() > 0 || closedByServer(socket)) {
                break;
              }
            }
            longestHeldNanos.accumulateAndGet(System.nanoTime() - opened, Math::max);
          }
        } catch (IOException e) {
          // closed by the server: open another
        } catch (InterruptedException e) {
          return;
        }
        longestHeldNanos.accumulateAndGet(System.nanoTime() - opened, Math::max);
      }
    }

    /** Whether the server closed the connection: a read that ends rather than timing out. */
    private static boolean closedByServer(Socket socket) throws IOException {
      socket.setSoTimeout(1);
      try {
        return socket.getInputStream().read() < 0;
      } catch (java.net.SocketTimeoutException stillOpen) {
        return false;
      } finally {
        socket.setSoTimeout(1000);
      }
    }
  }
}

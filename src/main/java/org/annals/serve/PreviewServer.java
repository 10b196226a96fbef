package org.annals.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.BuildFailedException;
import org.annals.diag.DiagnosticReport;
import org.annals.diag.Diagnostics;
import org.annals.render.ContentSecurityPolicy;
import org.annals.site.BuildOptions;
import org.annals.site.BuildProgress;
import org.annals.site.BuildResult;
import org.annals.site.LiveOutput;
import org.annals.site.SiteBuilder;
import org.annals.site.SiteGenerator;

/**
 * {@code annals serve}: builds the site into a preview folder, serves it on 127.0.0.1, and after
 * every change to the content, templates or static files rebuilds what the change touches and
 * tells open tabs to reload. HTML pages are served with a small reload script added; the built
 * site itself never contains it. A failed build is printed and shown over the page, and the last
 * good pages stay served; fixing the file clears it.
 *
 * <p>The server answers this machine only, and only with the preview folder: it listens on
 * 127.0.0.1, answers requests addressed to 127.0.0.1 or localhost (not to another name that a
 * page elsewhere might point at this machine), serves GET and HEAD of a plain path below the
 * folder, and refuses {@code ..}, encoded slashes and control characters, absolute addresses,
 * and links inside the folder that lead out of it. Every answer carries the site's
 * Content-Security-Policy. A fixed number of threads serve requests, each for at most {@link
 * #EXCHANGE_LIMIT}, so a client that is slow to send or to read cannot hold the others up for long.
 */
public final class PreviewServer implements AutoCloseable {
  private static final String SCRIPT_TAG = "<script src=\"/__annals/live.js\" defer></script>";
  /** How many requests are served at once; the others wait their turn. */
  static final int THREADS = 16;
  /** The longest one request may take, from its first byte to the last byte of its answer. */
  static final Duration EXCHANGE_LIMIT = Duration.ofSeconds(10);
  /** The methods served. */
  static final String ALLOW = "GET, HEAD";
  private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost");
  private static final Pattern META_POLICY =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");

  static {
    // Read once, when this process first starts a JDK HTTP server: a request whose line and headers
    // take longer than this is dropped, and so is a connection that sends nothing for as long. The
    // limit on the time of a response (maxRspTime) is left unset, since the event stream is a
    // response that lasts as long as its tab; the workers' own time limit covers slow readers.
    setIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(EXCHANGE_LIMIT.toSeconds()));
    setIfAbsent("jdk.httpserver.maxConnections", "1000");
  }

  private static void setIfAbsent(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  private final BuildOptions options;
  private final int port;
  private final PrintWriter out;
  private final PrintWriter err;
  private final SiteGenerator generator;
  private final Workers workers;
  private final EventStream events;
  private final Object buildLock = new Object();
  private LiveOutput output;
  private HttpServer server;
  private Watcher watcher;
  private volatile String lastError;
  private volatile long lastBuildNanos;
  private volatile long lastIndexNanos;
  private volatile boolean closed;
  /** Counts rebuilds, so that a search index made for an earlier one is not written. */
  private volatile long generation;
  /** Makes search indexes after rebuilds, one at a time. */
  private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "annals-preview-index");
        thread.setDaemon(true);
        return thread;
      });
  private int builds;

  public PreviewServer(BuildOptions options, int port, PrintWriter out, PrintWriter err) {
    this(options, port, out, err, THREADS, EXCHANGE_LIMIT);
  }

  /** A server with its own number of threads and time limit per request. */
  PreviewServer(BuildOptions options, int port, PrintWriter out, PrintWriter err, int threads, Duration limit) {
    this.options = options;
    this.port = port;
    this.out = out;
    this.err = err;
    this.generator = new SiteGenerator(options);
    this.workers = new Workers(threads, limit);
    this.events = new EventStream(workers::guard);
  }

  /**
   * Builds once, then serves and watches. Returns once the server is listening.
   *
   * @throws BuildFailedException when the folders are wrong (missing, or the output inside an input);
   *     nothing is written then
   */
  public void start() throws IOException {
    Diagnostics folders = new Diagnostics();
    SiteBuilder.checkFolders(options, folders);
    folders.throwIfErrors();
    output = new LiveOutput(options.out());
    rebuild(false);
    workers.start();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
    List<Path> watched = new java.util.ArrayList<>(List.of(options.content()));
    options.templates().ifPresent(watched::add);
    options.staticDir().ifPresent(watched::add);
    watcher = new Watcher(watched, this::changed, problem -> {
      err.println("warning: " + problem);
      err.flush();
    });
    watcher.start();
  }

  /** Makes an archive's search index on its own thread and writes it, if no rebuild came meanwhile. */
  private void indexLater(org.annals.link.LinkedArchive archive, long made) {
    indexer.execute(() -> {
      if (made != generation) {
        return;
      }
      long started = System.nanoTime();
      Map<String, byte[]> files;
      try {
        files = SiteGenerator.indexFiles(archive);
      } catch (RuntimeException e) {
        err.println("internal error while making the search index: " + e);
        err.flush();
        return;
      }
      synchronized (buildLock) {
        if (made != generation || closed) {
          return;
        }
        try {
          List<String> changed = output.replace(generator.lastIndexFiles(), files);
          generator.indexWritten(files.keySet());
          lastIndexNanos = System.nanoTime() - started;
          out.printf(Locale.ROOT, "Search index made in %.0f ms: %d file%s changed%n", lastIndexNanos / 1e6,
              changed.size(), changed.size() == 1 ? "" : "s");
          out.flush();
        } catch (IOException | RuntimeException e) {
          err.println("internal error while writing the search index: " + e);
          err.flush();
        }
      }
    });
  }

  /** How long the last search index made after a rebuild took. */
  public long lastIndexNanos() {
    return lastIndexNanos;
  }

  /** The address the site is served at, ending in {@code /}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** The address the server listens on. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** How many requests or event writes have been cut off for taking longer than the limit. */
  int cutOff() {
    return workers.interrupted();
  }

  /** The most threads that have served requests at once. */
  int mostThreads() {
    return workers.mostThreads();
  }

  /** How long the last rebuild took, from the change being seen to the reload being sent. */
  public long lastBuildNanos() {
    return lastBuildNanos;
  }

  private void changed(List<Path> paths) {
    Set<Path> folders = new java.util.HashSet<>();
    Path papers = options.content().toAbsolutePath().normalize().resolve("papers");
    for (Path path : paths) {
      Optional<Path> folder = paperFolder(papers, path);
      if (folder.isEmpty()) {
        rebuild(true, null);
        return;
      }
      folders.add(folder.get());
    }
    rebuild(false, folders);
  }

  /**
   * The paper folder a file lies in: its text, bibliography, style, figures, or an editor's
   * temporary file beside them. The build reads again a paper whose folder changed, so such a
   * change needs no more; anything else (settings, templates, static files, a folder added or
   * removed) rebuilds everything.
   */
  static Optional<Path> paperFolder(Path papers, Path path) {
    Path p = path.toAbsolutePath().normalize();
    if (!p.startsWith(papers) || papers.relativize(p).getNameCount() < 2) {
      return Optional.empty();
    }
    return Optional.of(papers.resolve(papers.relativize(p).getName(0)));
  }

  /** Rebuilds; {@code everything} when settings, templates or static files changed, else only changed papers. */
  void rebuild(boolean everything) {
    rebuild(everything, null);
  }

  /**
   * Rebuilds, then sends the reload; the search index, when the rebuild left it to be made, is
   * made afterwards and written in place of the last one, unless a later rebuild has come.
   *
   * @param touched the paper folders that changed, when only paper folders did; null to look at all
   */
  private void rebuild(boolean everything, Set<Path> touched) {
    synchronized (buildLock) {
      long started = System.nanoTime();
      if (everything) {
        generator.invalidate();
      }
      Diagnostics diagnostics = new Diagnostics();
      try {
        BuildResult result = generator.build(output, diagnostics, BuildProgress.NONE, touched, true);
        List<String> changed = output.finish();
        new DiagnosticReport().print(diagnostics, true, err);
        lastError = null;
        lastBuildNanos = System.nanoTime() - started;
        out.printf(Locale.ROOT, "%s in %.0f ms: %d file%s changed (%d pages, %d warnings)%n",
            builds++ == 0 ? "Built" : "Rebuilt", lastBuildNanos / 1e6, changed.size(), changed.size() == 1 ? "" : "s",
            result.pages(), result.warnings());
        out.flush();
        events.send("reload", String.join("\n", changed));
        generation++;
        generator.takeDeferredIndex().ifPresent(archive -> indexLater(archive, generation));
      } catch (BuildFailedException e) {
        output.abandon();
        String report = new DiagnosticReport().format(diagnostics, true) + "build failed: " + diagnostics.summary();
        err.println(report);
        err.flush();
        lastError = report;
        lastBuildNanos = System.nanoTime() - started;
        events.send("build-error", report);
      } catch (RuntimeException | IOException e) {
        output.abandon();
        lastError = "internal error: " + e;
        err.println(lastError);
        err.flush();
        events.send("build-error", lastError);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Security-Policy", ContentSecurityPolicy.POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    try {
      serve(exchange);
    } catch (RuntimeException e) {
      // Told on the console; the client learns only that it failed.
      err.println("warning: the preview could not answer " + exchange.getRequestMethod() + " "
          + exchange.getRequestURI().getRawPath() + ": " + e);
      err.flush();
      if (exchange.getResponseCode() == -1) {
        refuse(exchange, 500, "the preview could not answer this request; the console says why");
      }
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", ALLOW);
      refuse(exchange, 405, "only " + ALLOW + " are served");
      return;
    }
    RequestTarget target = RequestTarget.of(exchange.getRequestURI());
    if (!target.accepted()) {
      refuse(exchange, target.status(), target.reason());
      return;
    }
    if (!knownHost(exchange)) {
      refuse(exchange, 400, "this server answers requests for 127.0.0.1 and localhost only");
      return;
    }
    String path = target.path();
    if (path.equals("/__annals/events") && method.equals("GET")) {
      // Stays open: the event stream closes when the tab goes or the server stops.
      String error = lastError;
      events.open(exchange, error == null ? null : "build-error", error);
      return;
    }
    try (exchange) {
      if (path.equals("/__annals/live.js") || path.equals("/__annals/live.css")) {
        String name = path.substring("/__annals/".length());
        send(exchange, 200, SiteFolder.typeOf(name), resource(name));
        return;
      }
      SiteFolder.Answer answer;
      try {
        answer = SiteFolder.answer(output.root(), path.substring(1), target.rawPath());
      } catch (IOException e) {
        err.println("warning: the preview could not read " + path + ": " + e.getMessage());
        err.flush();
        refuse(exchange, 500, "the file could not be read; the console says why");
        return;
      }
      if (answer.status() == 404 && !answer.isHtml()) {
        byte[] body = "<!DOCTYPE html><title>Not found</title><p>Not found.</p>".getBytes(StandardCharsets.UTF_8);
        answer = new SiteFolder.Answer(404, SiteFolder.typeOf("404.html"), body, null);
      }
      if (answer.location() != null) {
        exchange.getResponseHeaders().add("Location", answer.location());
        exchange.sendResponseHeaders(answer.status(), -1);
        return;
      }
      if (answer.isHtml()) {
        exchange.getResponseHeaders().set("Content-Security-Policy", policyOf(answer.body()));
      }
      send(exchange, answer.status(), answer.type(), answer.isHtml() ? withReloadScript(answer.body()) : answer.body());
    }
  }

  /** Whether the request names this machine: a page elsewhere cannot reach the preview through a name of its own. */
  private static boolean knownHost(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return exchange.getProtocol().equalsIgnoreCase("HTTP/1.0");
    }
    host = host.strip().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && host.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      host = host.substring(0, colon);
    }
    return HOSTS.contains(host);
  }

  /**
   * The policy a page carries in its meta tag when it is the strict policy with more allowed (the
   * 404 page's inline style and script, by their hashes), else the strict policy: the header never
   * forbids what the page's own policy allows it.
   */
  static String policyOf(byte[] html) {
    Matcher m = META_POLICY.matcher(new String(html, StandardCharsets.UTF_8));
    if (m.find()) {
      String policy = m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
          .replace("&gt;", ">").replace("&amp;", "&");
      if (policy.startsWith(ContentSecurityPolicy.POLICY)) {
        return policy;
      }
    }
    return ContentSecurityPolicy.POLICY;
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream("/annals/serve/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refuse(HttpExchange exchange, int status, String reason) throws IOException {
    try (exchange) {
      send(exchange, status, SiteFolder.typeOf("x.txt"), (reason + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The page with the reload script added before {@code </body>} (or at the end). */
  static byte[] withReloadScript(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    text = at < 0 ? text + SCRIPT_TAG : text.substring(0, at) + SCRIPT_TAG + "\n" + text.substring(at);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    SiteFolder.send(exchange, status, type, body, "no-store");
  }

  /** The current build error report, if the last build failed. */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    events.close();
    closed = true;
    indexer.shutdownNow();
    synchronized (buildLock) {
      // A search index being written is finished; none is written after this.
    }
    if (server != null) {
      server.stop(0);
    }
    workers.close();
  }
}

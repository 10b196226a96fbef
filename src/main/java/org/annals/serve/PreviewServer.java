package org.annals.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.annals.diag.BuildFailedException;
import org.annals.diag.DiagnosticReport;
import org.annals.diag.Diagnostics;
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
 */
public final class PreviewServer implements AutoCloseable {
  private static final String SCRIPT_TAG = "<script src=\"/__annals/live.js\" defer></script>";
  private final BuildOptions options;
  private final int port;
  private final PrintWriter out;
  private final PrintWriter err;
  private final SiteGenerator generator;
  private final EventStream events = new EventStream();
  private final Object buildLock = new Object();
  private LiveOutput output;
  private HttpServer server;
  private ExecutorService executor;
  private Watcher watcher;
  private volatile String lastError;
  private volatile long lastBuildNanos;
  private int builds;

  public PreviewServer(BuildOptions options, int port, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.port = port;
    this.out = out;
    this.err = err;
    this.generator = new SiteGenerator(options);
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
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "annals-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
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

  /** The address the site is served at, ending in {@code /}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** How long the last rebuild took, from the change being seen to the reload being sent. */
  public long lastBuildNanos() {
    return lastBuildNanos;
  }

  private void changed(List<Path> paths) {
    boolean everything = paths.stream().anyMatch(p -> !isPaperFile(p));
    rebuild(everything);
  }

  private boolean isPaperFile(Path path) {
    Path papers = options.content().toAbsolutePath().normalize().resolve("papers");
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(papers) && p.getFileName().toString().equals("paper.md");
  }

  /** Rebuilds; {@code everything} when settings, templates or static files changed, else only changed papers. */
  void rebuild(boolean everything) {
    synchronized (buildLock) {
      long started = System.nanoTime();
      if (everything) {
        generator.invalidate();
      }
      Diagnostics diagnostics = new Diagnostics();
      try {
        BuildResult result = generator.build(output, diagnostics, BuildProgress.NONE);
        List<String> changed = output.finish();
        new DiagnosticReport().print(diagnostics, true, err);
        lastError = null;
        lastBuildNanos = System.nanoTime() - started;
        out.printf(Locale.ROOT, "%s in %.0f ms: %d file%s changed (%d pages, %d warnings)%n",
            builds++ == 0 ? "Built" : "Rebuilt", lastBuildNanos / 1e6, changed.size(), changed.size() == 1 ? "" : "s",
            result.pages(), result.warnings());
        out.flush();
        events.send("reload", String.join("\n", changed));
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
    String path = URI.create(exchange.getRequestURI().toString()).getPath();
    if (path.equals("/__annals/events")) {
      // Stays open: the event stream closes when the tab goes or the server stops.
      String error = lastError;
      events.open(exchange, error == null ? null : "build-error", error);
      return;
    }
    try (exchange) {
      if (path.equals("/__annals/live.js")) {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/annals/serve/live.js")) {
          send(exchange, 200, SiteFolder.typeOf("live.js"), in.readAllBytes());
        }
        return;
      }
      SiteFolder.Answer answer = SiteFolder.answer(output.root(), path.substring(1), path);
      if (answer.status() == 404 && !answer.isHtml()) {
        byte[] body = "<!DOCTYPE html><title>Not found</title><p>Not found.</p>".getBytes(StandardCharsets.UTF_8);
        answer = new SiteFolder.Answer(404, SiteFolder.typeOf("404.html"), body, null);
      }
      if (answer.location() != null) {
        exchange.getResponseHeaders().add("Location", answer.location());
        exchange.sendResponseHeaders(answer.status(), -1);
        return;
      }
      send(exchange, answer.status(), answer.type(), answer.isHtml() ? withReloadScript(answer.body()) : answer.body());
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
    if (server != null) {
      server.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}

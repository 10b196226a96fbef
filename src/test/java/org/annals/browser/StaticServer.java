package org.annals.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 under a project path, as GitHub Pages serves
 * {@code https://user.github.io/<repo>/}: folders answer with their {@code index.html}, paths
 * outside the root are refused.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml",
      "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");

  private final HttpServer server;
  private final Path root;
  private final String prefix;

  public StaticServer(Path root, String projectPath) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = "/" + projectPath + "/";
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  /** The URL of the site's root, ending in {@code /}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().toString()).getPath();
      if (!path.startsWith(prefix)) {
        send(exchange, 404, "text/plain", "not under the project path".getBytes());
        return;
      }
      Path file = root.resolve(path.substring(prefix.length())).normalize();
      if (!file.startsWith(root)) {
        send(exchange, 403, "text/plain", "outside the site".getBytes());
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          exchange.getResponseHeaders().add("Location", path + "/");
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      if (!Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain", "not found".getBytes());
        return;
      }
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      send(exchange, 200, type, Files.readAllBytes(file));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}

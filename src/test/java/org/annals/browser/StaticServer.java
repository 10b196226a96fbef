package org.annals.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import org.annals.serve.SiteFolder;

/**
 * Serves a built site on 127.0.0.1 under a project path, as GitHub Pages serves
 * {@code https://user.github.io/<repo>/}: folders answer with their {@code index.html}, paths
 * outside the root are refused.
 */
public final class StaticServer implements AutoCloseable {
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
      SiteFolder.Answer answer = SiteFolder.answer(root, path.substring(prefix.length()), path);
      if (answer.location() != null) {
        exchange.getResponseHeaders().add("Location", answer.location());
        exchange.sendResponseHeaders(answer.status(), -1);
        return;
      }
      send(exchange, answer.status(), answer.type(), answer.body());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    SiteFolder.send(exchange, status, type, body, "no-cache");
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}

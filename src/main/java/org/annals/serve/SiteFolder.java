package org.annals.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Answers a request for a file of a built site the way a static host does: a folder by its {@code
 * index.html} (a folder without a trailing slash by a redirect), a content type by extension, and
 * nothing outside the site's folder.
 */
public final class SiteFolder {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
      Map.entry("bib", "text/plain; charset=utf-8"), Map.entry("ris", "text/plain; charset=utf-8"));

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param type the content type
   * @param body the body; empty for a redirect
   * @param location where a redirect points, or null
   */
  public record Answer(int status, String type, byte[] body, String location) {
    public boolean isHtml() {
      return type.startsWith("text/html");
    }
  }

  private SiteFolder() {}

  /**
   * The answer for {@code path}, the part of the request path below the site's root (no leading
   * slash). Nothing outside the root is served: not by {@code ..}, not by a path the file system
   * cannot name, and not through a symbolic link inside the folder that leads out of it.
   */
  public static Answer answer(Path root, String path, String requestPath) throws IOException {
    Path file;
    try {
      file = root.resolve(path).normalize();
    } catch (InvalidPathException e) {
      return text(400, "not a path\n");
    }
    if (!file.startsWith(root)) {
      return text(403, "outside the site\n");
    }
    Path realRoot = root.toRealPath();
    if (Files.exists(file) && !inside(realRoot, file)) {
      return text(403, "outside the site\n");
    }
    if (Files.isDirectory(file)) {
      if (!path.isEmpty() && !path.endsWith("/")) {
        return new Answer(301, typeOf("x.txt"), new byte[0], requestPath + "/");
      }
      file = file.resolve("index.html");
      if (Files.exists(file) && !inside(realRoot, file)) {
        return text(403, "outside the site\n");
      }
    }
    if (!Files.isRegularFile(file)) {
      // As GitHub Pages does: the site's own 404 page, with the 404 status.
      Path notFound = root.resolve("404.html");
      if (Files.isRegularFile(notFound) && inside(realRoot, notFound)) {
        return new Answer(404, typeOf("404.html"), Files.readAllBytes(notFound), null);
      }
      return text(404, "not found\n");
    }
    return new Answer(200, typeOf(file.getFileName().toString()), Files.readAllBytes(file), null);
  }

  /** Whether an existing file, its links followed, lies below the (real) root. */
  private static boolean inside(Path realRoot, Path file) throws IOException {
    try {
      return file.toRealPath().startsWith(realRoot);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
  }

  private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("bytes=(\\d{1,18})-(\\d{0,18})");

  /**
   * Sends an answer's body, or the part of it a {@code Range: bytes=a-b} header asks for (as
   * static hosts do, for the search index's packs): 206 with its {@code Content-Range}, or 416 when
   * the range lies beyond the body. Other ranges get the whole body. A {@code HEAD} request gets
   * the same headers and no body.
   */
  public static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body,
      String cacheControl) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("Cache-Control", cacheControl);
    exchange.getResponseHeaders().add("Accept-Ranges", "bytes");
    String range = exchange.getRequestHeaders().getFirst("Range");
    java.util.regex.Matcher m = range == null ? null : RANGE.matcher(range.strip());
    int from = 0;
    int length = body.length;
    if (status == 200 && m != null && m.matches()) {
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? body.length - 1L : Math.min(body.length - 1L, Long.parseLong(m.group(2)));
      if (first >= body.length || last < first) {
        exchange.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
        exchange.sendResponseHeaders(416, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Range", "bytes " + first + "-" + last + "/" + body.length);
      status = 206;
      from = (int) first;
      length = (int) (last - first + 1);
    }
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (java.io.OutputStream out = exchange.getResponseBody()) {
      out.write(body, from, length);
    }
  }

  /** The content type of a file name. */
  public static String typeOf(String name) {
    return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
  }

  private static Answer text(int status, String text) {
    return new Answer(status, typeOf("x.txt"), text.getBytes(StandardCharsets.UTF_8), null);
  }
}

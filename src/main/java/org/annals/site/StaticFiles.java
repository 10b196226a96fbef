package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The static files of a site: the built-in ones packed in the jar, overlaid file by file with the
 * user's folder. Paths mirror the site root ({@code static/assets/annals.css} → {@code
 * assets/annals.css}).
 */
final class StaticFiles {
  static final String BUILT_IN = "/annals/static";

  private StaticFiles() {}

  /** Site-relative path → content, sorted by path. */
  static Map<String, byte[]> collect(Optional<Path> userFolder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    URL url = StaticFiles.class.getResource(BUILT_IN);
    if (url != null && url.getProtocol().equals("jar")) {
      readJar((JarURLConnection) url.openConnection(), files);
    } else if (url != null) {
      try {
        readTree(Path.of(url.toURI()), files);
      } catch (URISyntaxException e) {
        throw new IOException("bad resource URL " + url, e);
      }
    }
    if (userFolder.isPresent()) {
      readTree(userFolder.get(), files);
    }
    return files;
  }

  /**
   * The files under the built-in folder of the jar the connection names. The jar is the one the
   * class loader has open, whose list of entries is read already: a zip file system would index all
   * 18,000 of them again.
   */
  private static void readJar(JarURLConnection connection, Map<String, byte[]> into) throws IOException {
    String folder = connection.getEntryName();
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    JarFile jar = connection.getJarFile();
    try {
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        String name = entry.getName();
        String relative = name.substring(Math.min(prefix.length(), name.length()));
        if (name.startsWith(prefix) && !entry.isDirectory() && !relative.startsWith(".") && !relative.contains("/.")) {
          try (InputStream in = jar.getInputStream(entry)) {
            into.put(relative, in.readAllBytes());
          }
        }
      }
    } finally {
      if (!connection.getUseCaches()) {
        jar.close();
      }
    }
  }

  private static void readTree(Path root, Map<String, byte[]> into) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (!relative.startsWith(".") && !relative.contains("/.")) {
          try {
            into.put(relative, Files.readAllBytes(file));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
  }
}

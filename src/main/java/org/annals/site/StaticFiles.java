package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    if (url != null) {
      try {
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
          FileSystem fs;
          try {
            fs = FileSystems.getFileSystem(uri);
          } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
          }
          readTree(fs.getPath(BUILT_IN), files);
        } else {
          readTree(Path.of(uri), files);
        }
      } catch (URISyntaxException e) {
        throw new IOException("bad resource URL " + url, e);
      }
    }
    if (userFolder.isPresent()) {
      readTree(userFolder.get(), files);
    }
    return files;
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

package org.annals.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param content the content folder
 * @param templates a folder of templates that override the built-in ones, if any
 * @param staticDir a folder of static files that override the built-in ones, if any
 * @param out the output folder, replaced whole when the build succeeds
 * @param baseUrl the URL the site is published at, overriding {@code site.yaml}, if given
 */
public record BuildOptions(
    Path content, Optional<Path> templates, Optional<Path> staticDir, Path out, Optional<String> baseUrl) {

  /** The folder beside {@code content} with this name, if it exists: {@code templates/} or {@code static/}. */
  public static Optional<Path> besideContent(Path content, String name) {
    Path parent = content.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return Optional.empty();
    }
    Path candidate = parent.resolve(name);
    return Files.isDirectory(candidate) ? Optional.of(content.resolveSibling(name)) : Optional.empty();
  }
}

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
 * @param out the output folder, changed only when the build succeeds
 * @param baseUrl the URL the site is published at, overriding {@code site.yaml}, if given
 * @param sourceDate the date of the sources ({@code SOURCE_DATE_EPOCH}), for the feed when papers are undated
 */
public record BuildOptions(Path content, Optional<Path> templates, Optional<Path> staticDir, Path out,
    Optional<String> baseUrl, Optional<java.time.Instant> sourceDate) {

  public BuildOptions(Path content, Optional<Path> templates, Optional<Path> staticDir, Path out,
      Optional<String> baseUrl) {
    this(content, templates, staticDir, out, baseUrl, Optional.empty());
  }

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

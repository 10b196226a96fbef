package org.annals.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The input folders that {@code build} and {@code serve} share, with their defaults. */
final class SourceOptions {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "The content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Templates that override the built-in ones (default: templates/ beside the content folder, if any).")
  Path templates;

  @Option(names = "--static", paramLabel = "DIR",
      description = "Static files that override the built-in ones (default: static/ beside the content folder, if any).")
  Path staticDir;

  /** The templates folder given, or the one beside the content folder. */
  Optional<Path> templates() {
    return Optional.ofNullable(templates).or(() -> org.annals.site.BuildOptions.besideContent(content, "templates"));
  }

  /** The static folder given, or the one beside the content folder. */
  Optional<Path> staticDir() {
    return Optional.ofNullable(staticDir).or(() -> org.annals.site.BuildOptions.besideContent(content, "static"));
  }
}

package org.annals.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The input folders that {@code build} and {@code serve} share, with their defaults. */
final class SourceOptions {
  private final OptionSpec content;
  private final OptionSpec templates;
  private final OptionSpec staticDir;

  /** Adds the options to the command. */
  SourceOptions(CommandSpec spec) {
    content = Specs.add(spec, OptionSpec.builder("--content").paramLabel("DIR").type(Path.class)
        .defaultValue("content").description("The content folder (default: ${DEFAULT-VALUE})."));
    templates = Specs.add(spec, OptionSpec.builder("--templates").paramLabel("DIR").type(Path.class)
        .description("Templates that override the built-in ones"
            + " (default: templates/ beside the content folder, if any)."));
    staticDir = Specs.add(spec, OptionSpec.builder("--static").paramLabel("DIR").type(Path.class)
        .description("Static files that override the built-in ones"
            + " (default: static/ beside the content folder, if any)."));
  }

  /** The content folder. */
  Path content() {
    return content.getValue();
  }

  /** The templates folder given, or the one beside the content folder. */
  Optional<Path> templates() {
    return Optional.<Path>ofNullable(templates.getValue())
        .or(() -> org.annals.site.BuildOptions.besideContent(content(), "templates"));
  }

  /** The static folder given, or the one beside the content folder. */
  Optional<Path> staticDir() {
    return Optional.<Path>ofNullable(staticDir.getValue())
        .or(() -> org.annals.site.BuildOptions.besideContent(content(), "static"));
  }
}

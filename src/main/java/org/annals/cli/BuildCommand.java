package org.annals.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.diag.BuildFailedException;
import org.annals.diag.DiagnosticReport;
import org.annals.diag.Diagnostics;
import org.annals.site.BuildOptions;
import org.annals.site.BuildProgress;
import org.annals.site.BuildResult;
import org.annals.site.SiteBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code annals build}: builds the site from the content folder. */
final class BuildCommand implements Callable<Integer> {
  /** The output folder when none is given. */
  static final String DEFAULT_OUT = "target/site";

  private final Main main;
  private final CommandSpec spec = Specs.command("build", this,
      "Build the site from the content folder into the output folder.");
  private final SourceOptions sources = new SourceOptions(spec);
  private final OptionSpec out = Specs.add(spec, OptionSpec.builder("--out").paramLabel("DIR").type(Path.class)
      .defaultValue(DEFAULT_OUT)
      .description("The output folder, changed only when the build succeeds (default: ${DEFAULT-VALUE})."));
  private final OptionSpec baseUrl = Specs.add(spec, OptionSpec.builder("--base-url").paramLabel("URL")
      .type(String.class).defaultValue("${env:ANNALS_BASE_URL:-}")
      .description("The absolute URL the site is published at (default: $ANNALS_BASE_URL);"
          + " overrides baseUrl in site.yaml."));
  private final OptionSpec quiet = Specs.add(spec, OptionSpec.builder("-q", "--quiet").type(boolean.class)
      .description("Print only errors."));
  private final OptionSpec noCache = Specs.add(spec, OptionSpec.builder("--no-cache").type(boolean.class)
      .description("Make every page afresh instead of keeping the pages of papers unchanged since the last build"
          + " into the same output folder (recorded beside it, in .<folder>.cache)."));

  BuildCommand(Main main) {
    this.main = main;
  }

  CommandSpec spec() {
    return spec;
  }

  /** The reproducible-builds date, if set: seconds since 1970. */
  static Optional<java.time.Instant> sourceDateEpoch(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(java.time.Instant.ofEpochSecond(Long.parseLong(value.strip())));
  }

  @Override
  public Integer call() {
    Optional<java.time.Instant> sourceDate;
    try {
      sourceDate = sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    } catch (NumberFormatException e) {
      main.err().println("annals: SOURCE_DATE_EPOCH must be a number of seconds since 1970, such as 1735689600");
      main.err().flush();
      return picocli.CommandLine.ExitCode.USAGE;
    }
    boolean quiet = Specs.given(this.quiet);
    BuildOptions options = new BuildOptions(sources.content(), sources.templates(), sources.staticDir(),
        out.getValue(), Optional.<String>ofNullable(baseUrl.getValue()).filter(u -> !u.isBlank()), sourceDate);
    Diagnostics diagnostics = new Diagnostics();
    DiagnosticReport printer = new DiagnosticReport();
    TerminalProgress progress = TerminalProgress.wanted(quiet) ? new TerminalProgress(main.err()) : null;
    try {
      BuildResult result = SiteBuilder.build(options, diagnostics, progress == null ? BuildProgress.NONE : progress,
          !Specs.given(noCache));
      if (progress != null) {
        progress.clear();
      }
      printer.print(diagnostics, !quiet, main.err());
      if (!quiet) {
        main.out().println(result.summary());
        main.out().flush();
      }
      return 0;
    } catch (BuildFailedException e) {
      if (progress != null) {
        progress.clear();
      }
      printer.print(diagnostics, !quiet, main.err());
      main.err().println("build failed: " + diagnostics.summary());
      main.err().flush();
      return 1;
    }
  }
}

package org.annals.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands are described with picocli's programmatic API rather than its annotations: reading
 * annotations makes the JVM build a proxy class for every annotation type and parse every field's
 * annotations: the command line was built in 57 to 66 ms, and is in 36 ms, of a cold start that
 * builds one paper in under half a second. An option's {@code getValue()} is the value given, or
 * its default, or null.
 */
final class Specs {
  private Specs() {}

  /** A command that runs the given object, with {@code --help} and {@code --version}. */
  static CommandSpec command(String name, Object command, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    spec.versionProvider(new VersionProvider());
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** Adds the option to the command, and returns it, which holds its value once the command line is parsed. */
  static OptionSpec add(CommandSpec spec, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  /** Adds the positional parameter to the command, and returns it. */
  static PositionalParamSpec add(CommandSpec spec, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.build();
    spec.addPositional(built);
    return built;
  }

  /** Whether a flag was given. */
  static boolean given(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }
}

package org.annals.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code annals help [COMMAND]}: the usage of {@code annals} or of one of its commands. */
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
  private final CommandSpec spec;
  private final PositionalParamSpec command;
  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  HelpCommand() {
    spec = CommandSpec.wrapWithoutInspection(this).name("help").helpCommand(true);
    spec.usageMessage().description("Display help information about the specified command.");
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show usage help for the help command and exit.").build());
    command = Specs.add(spec, PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
        .description("The COMMAND to display the usage help message for."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
      PrintWriter errWriter) {
    self = helpCommandLine;
    colors = colorScheme;
    out = outWriter;
  }

  @Override
  public void run() {
    CommandLine parent = self.getParent();
    String name = command.getValue();
    if (name == null) {
      parent.usage(out, colors);
      return;
    }
    CommandLine named = parent.getSubcommands().get(name);
    if (named == null) {
      throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
    }
    named.usage(out, colors);
  }
}

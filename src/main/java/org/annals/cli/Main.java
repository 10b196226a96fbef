package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code annals}: the command line. Exit codes: 0 success, 1 build failed, 2 usage error. */
public final class Main implements java.util.concurrent.Callable<Integer> {
  private final CommandSpec spec = Specs.command("annals", this,
      "Annals turns a research archive written in Markdown into a static, cross-linked website.");
  // Added before the commands, so that each of them takes it too.
  private final OptionSpec verbose = Specs.add(spec, OptionSpec.builder("-v", "--verbose").type(boolean.class)
      .scopeType(CommandLine.ScopeType.INHERIT).description("Print stack traces of internal errors."));

  private final PrintWriter out;
  private final PrintWriter err;

  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
    spec.addSubcommand("build", new BuildCommand(this).spec());
    spec.addSubcommand("serve", new ServeCommand(this).spec());
    spec.addSubcommand("check", new CheckCommand(this).spec());
    spec.addSubcommand("new", new NewCommand(this).spec());
    spec.addSubcommand("help", new HelpCommand().spec());
  }

  /** The command line, ready to parse or run arguments. */
  CommandLine commandLine() {
    return new CommandLine(spec)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cl, parsed) -> internalError(e, ""));
  }

  /** Reports an internal error, with its stack trace under {@code --verbose}: exit code 1. */
  int internalError(Throwable e, String hint) {
    err.println("internal error: " + e + hint);
    if (verbose()) {
      e.printStackTrace(err);
    } else {
      err.println("run again with --verbose for the stack trace, and report it");
    }
    err.flush();
    return 1;
  }

  /** Whether stack traces of internal errors are printed: {@code --verbose}, given to any command. */
  boolean verbose() {
    return Specs.given(verbose);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main(out, err);
    int code;
    try {
      code = main.commandLine().execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Inputs are bounded before they reach the stages that could exhaust a stack or the heap;
      // should one still do so, it is reported like any internal error.
      code = main.internalError(e, e instanceof OutOfMemoryError
          ? "; give Java more memory with JAVA_TOOL_OPTIONS=-Xmx…" : "");
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Without a command there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    err.println("Missing command: name one, such as 'annals build'.");
    spec.commandLine().usage(err);
    return CommandLine.ExitCode.USAGE;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    if (code != 0) {
      System.exit(code);
    }
  }
}

package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals}: the command line. Exit codes: 0 success, 1 build failed, 2 usage error. */
@Command(name = "annals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Annals turns a research archive written in Markdown into a static, cross-linked website.",
    subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.Option(names = {"-v", "--verbose"}, scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean verbose;

  private PrintWriter out;
  private PrintWriter err;

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    main.out = out;
    main.err = err;
    CommandLine commandLine = new CommandLine(main)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          err.println("internal error: " + e);
          if (main.verbose) {
            e.printStackTrace(err);
          } else {
            err.println("run again with --verbose for the stack trace, and report it");
          }
          err.flush();
          return 1;
        });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // Inputs are bounded before they reach the stages that could exhaust a stack or the heap;
      // should one still do so, it is reported like any internal error.
      err.println("internal error: " + e + (e instanceof OutOfMemoryError
          ? "; give Java more memory with JAVA_TOOL_OPTIONS=-Xmx…" : ""));
      if (main.verbose) {
        e.printStackTrace(err);
      } else {
        err.println("run again with --verbose for the stack trace, and report it");
      }
      code = 1;
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

package org.annals.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.diag.BuildFailedException;
import org.annals.diag.DiagnosticReport;
import org.annals.serve.PreviewServer;
import org.annals.site.BuildOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code annals serve}: previews the site, rebuilding and reloading on every change. */
final class ServeCommand implements Callable<Integer> {
  private final Main main;
  private final CommandSpec spec = Specs.command("serve", this,
      "Build, serve on 127.0.0.1, and rebuild and reload open pages when a file changes.");
  private final SourceOptions sources = new SourceOptions(spec);
  private final OptionSpec out = Specs.add(spec, OptionSpec.builder("--out").paramLabel("DIR").type(Path.class)
      .defaultValue("target/preview")
      .description("The preview folder (default: ${DEFAULT-VALUE}); 'annals build' output is left alone."));
  private final OptionSpec port = Specs.add(spec, OptionSpec.builder("-p", "--port").paramLabel("PORT").type(int.class)
      .converters(new Port()).defaultValue("4000")
      .description("The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)."));

  /**
   * A port from 0 to 65535. Anything else is a usage error that picocli reports as it reports any
   * invalid value, with the command's usage; a word that is no number gets picocli's own message.
   */
  static final class Port implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port;
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not an int");
      }
      if (port < 0 || port > 65535) {
        throw new picocli.CommandLine.TypeConversionException(port + " is not a port from 0 to 65535");
      }
      return port;
    }
  }

  ServeCommand(Main main) {
    this.main = main;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    Path out = this.out.getValue();
    int port = this.port.getValue();
    BuildOptions options = new BuildOptions(sources.content(), sources.templates(), sources.staticDir(), out,
        Optional.empty());
    try (PreviewServer server = new PreviewServer(options, port, main.out(), main.err())) {
      server.start();
      main.out().println("Serving " + server.url() + " from " + out + "; watching " + sources.content()
          + options.templates().map(t -> ", " + t).orElse("") + options.staticDir().map(s -> ", " + s).orElse("")
          + ". Press Ctrl-C to stop.");
      main.out().flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    } catch (BuildFailedException e) {
      new DiagnosticReport().print(e.diagnostics(), true, main.err());
      main.err().println("serve failed: " + e.diagnostics().summary());
      main.err().flush();
      return 1;
    } catch (java.net.BindException e) {
      main.err().println("annals: port " + port + " on 127.0.0.1 is taken; pass --port with another, or 0");
      main.err().flush();
      return 1;
    }
    return 0;
  }
}

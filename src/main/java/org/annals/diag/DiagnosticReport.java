package org.annals.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics with their source lines, reading a file for those that did not quote one. Used
 * at the edges (the command line, the preview server), where reading files is allowed.
 */
public final class DiagnosticReport {
  private final Map<Path, SourceText> sources = new HashMap<>();

  /** Prints every kept diagnostic (warnings only when {@code warnings}), then a note of any left out. */
  public void print(Diagnostics diagnostics, boolean warnings, PrintWriter err) {
    err.print(format(diagnostics, warnings));
    err.flush();
  }

  /** Every kept diagnostic formatted (warnings only when {@code warnings}), then a note of any left out. */
  public String format(Diagnostics diagnostics, boolean warnings) {
    StringBuilder out = new StringBuilder();
    List<Diagnostic> list = diagnostics.list();
    for (Diagnostic d : list) {
      if (d.severity() == Severity.WARNING && !warnings) {
        continue;
      }
      out.append(withLine(d).format());
    }
    if (diagnostics.omitted() > 0) {
      out.append("(").append(diagnostics.omitted()).append(" more not shown)\n");
    }
    return out.toString();
  }

  private Diagnostic withLine(Diagnostic d) {
    if (!d.sourceLine().isEmpty()) {
      return d;
    }
    Path file = d.position().file();
    SourceText source = sources.computeIfAbsent(file, f -> {
      try {
        return Files.isRegularFile(f) ? new SourceText(f, Files.readString(f, StandardCharsets.UTF_8)) : null;
      } catch (IOException e) {
        return null;
      }
    });
    return source == null ? d : d.withSourceLine(source.line(d.position().line()));
  }
}

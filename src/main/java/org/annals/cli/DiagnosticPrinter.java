package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.diag.Severity;
import org.annals.diag.SourceText;

/** Prints diagnostics with their source lines, reading a file for those that did not quote one. */
final class DiagnosticPrinter {
  private final Map<Path, SourceText> sources = new HashMap<>();

  /** Prints every kept diagnostic (warnings only when {@code warnings}), then a note of any left out. */
  void print(Diagnostics diagnostics, boolean warnings, PrintWriter err) {
    List<Diagnostic> list = diagnostics.list();
    for (Diagnostic d : list) {
      if (d.severity() == Severity.WARNING && !warnings) {
        continue;
      }
      err.print(withLine(d).format());
    }
    if (diagnostics.omitted() > 0) {
      err.println("(" + diagnostics.omitted() + " more not shown)");
    }
    err.flush();
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

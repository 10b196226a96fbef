package org.annals.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one run, up to a limit, so that all of them can be reported at once.
 * Safe to use from several threads.
 */
public final class Diagnostics {
  /** How many problems are kept by default; the rest are counted but not kept. */
  public static final int DEFAULT_LIMIT = 100;

  private final int limit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private final java.util.Set<String> seen = new java.util.HashSet<>();
  private int errors;
  private int warnings;

  public Diagnostics() {
    this(DEFAULT_LIMIT);
  }

  public Diagnostics(int limit) {
    this.limit = limit;
  }

  /** Records a problem; the same problem at the same place (a template shared by many pages) counts once. */
  public synchronized void add(Diagnostic diagnostic) {
    if (!seen.add(diagnostic.headline())) {
      return;
    }
    if (diagnostic.severity() == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    if (kept.size() < limit) {
      kept.add(diagnostic);
    }
  }

  /**
   * Records everything another collection recorded: the problems it kept, and the count of those it
   * counted but did not keep, so that totals stay true when a part of the work collects on its own.
   */
  public void addAll(Diagnostics other) {
    List<Diagnostic> theirs = other.list();
    int theirErrors = other.errorCount();
    int theirWarnings = other.warningCount();
    long keptErrors = theirs.stream().filter(d -> d.severity() == Severity.ERROR).count();
    synchronized (this) {
      theirs.forEach(this::add);
      errors += theirErrors - (int) keptErrors;
      warnings += theirWarnings - (theirs.size() - (int) keptErrors);
    }
  }

  /** Records an error at a character offset of a source. */
  public void error(SourceText source, int offset, String message, String hint) {
    add(at(Severity.ERROR, source.positionOf(offset), source, message, hint));
  }

  /** Records a warning at a character offset of a source. */
  public void warning(SourceText source, int offset, String message, String hint) {
    add(at(Severity.WARNING, source.positionOf(offset), source, message, hint));
  }

  /** Records an error at a position, quoting the line from the source when there is one. */
  public void error(SourcePosition position, SourceText source, String message, String hint) {
    add(at(Severity.ERROR, position, source, message, hint));
  }

  /** Records a warning at a position, quoting the line from the source when there is one. */
  public void warning(SourcePosition position, SourceText source, String message, String hint) {
    add(at(Severity.WARNING, position, source, message, hint));
  }

  private static Diagnostic at(
      Severity severity, SourcePosition position, SourceText source, String message, String hint) {
    String line = source == null ? "" : source.line(position.line());
    return new Diagnostic(severity, position, message, hint, line);
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return warnings;
  }

  /** The kept problems, ordered by file, line and column so that output is deterministic. */
  public synchronized List<Diagnostic> list() {
    List<Diagnostic> sorted = new ArrayList<>(kept);
    sorted.sort(
        Comparator.comparing((Diagnostic d) -> d.position().file().toString())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::message));
    return List.copyOf(sorted);
  }

  /** How many problems were counted but not kept. */
  public synchronized int omitted() {
    return errors + warnings - kept.size();
  }

  /** Throws if any error was recorded; call at the end of a stage. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new BuildFailedException(this);
    }
  }

  /** {@code 2 errors, 1 warning}. */
  public synchronized String summary() {
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}

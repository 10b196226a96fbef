package org.annals.diag;

import java.util.Objects;

/**
 * One problem found in the user's input.
 *
 * @param severity error or warning
 * @param position where the problem is
 * @param message what is wrong, in one sentence without a trailing period
 * @param hint how to fix it, or empty
 * @param sourceLine the text of the line at {@code position}, or empty when there is none
 */
public record Diagnostic(
    Severity severity, SourcePosition position, String message, String hint, String sourceLine) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  /** The same diagnostic quoting {@code line} as its source line. */
  public Diagnostic withSourceLine(String line) {
    return new Diagnostic(severity, position, message, hint, line);
  }

  /** {@code path:line:col: severity: message}. */
  public String headline() {
    return position + ": " + severity.label() + ": " + message;
  }

  /** How much of a long source line is quoted before and after the column. */
  private static final int BEFORE = 40;
  private static final int AFTER = 60;

  /**
   * The headline, then the source line with a caret under the column, then the hint. A long line
   * (a paragraph is one line) is quoted as an excerpt around the column, marked with {@code …}.
   */
  public String format() {
    StringBuilder out = new StringBuilder(headline()).append('\n');
    if (!sourceLine.isEmpty()) {
      int[] points = sourceLine.replace('\t', ' ').codePoints().toArray();
      int caret = Math.min(position.column() - 1, points.length);
      int from = caret > BEFORE + 10 ? caret - BEFORE : 0;
      int to = points.length - caret > AFTER + 10 ? caret + AFTER : points.length;
      String excerpt = (from > 0 ? "…" : "") + new String(points, from, to - from) + (to < points.length ? "…" : "");
      int caretColumn = caret - from + (from > 0 ? 1 : 0);
      String gutter = String.format(java.util.Locale.ROOT, "%5d | ", position.line());
      out.append(gutter).append(excerpt.stripTrailing()).append('\n');
      out.append(" ".repeat(gutter.length() - 2)).append("| ").append(" ".repeat(caretColumn)).append("^\n");
    }
    if (!hint.isEmpty()) {
      out.append("  hint: ").append(hint).append('\n');
    }
    return out.toString();
  }
}

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

  /** The headline, then the source line with a caret under the column, then the hint. */
  public String format() {
    StringBuilder out = new StringBuilder(headline()).append('\n');
    if (!sourceLine.isEmpty()) {
      String gutter = String.format("%5d | ", position.line());
      out.append(gutter).append(sourceLine).append('\n');
      out.append(" ".repeat(gutter.length() - 2)).append("| ");
      int caretAt = Math.min(position.column() - 1, sourceLine.codePointCount(0, sourceLine.length()));
      int index = 0;
      for (int i = 0; i < caretAt; i++) {
        int cp = sourceLine.codePointAt(index);
        out.append(cp == '\t' ? '\t' : ' ');
        index += Character.charCount(cp);
      }
      out.append("^\n");
    }
    if (!hint.isEmpty()) {
      out.append("  hint: ").append(hint).append('\n');
    }
    return out.toString();
  }
}

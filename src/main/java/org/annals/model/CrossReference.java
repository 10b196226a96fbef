package org.annals.model;

import org.annals.diag.SourcePosition;

/**
 * A reference in the prose to a figure, table or equation of the same paper: {@code @fig-map},
 * {@code [@eq-energy]}, or LaTeX's {@code \autoref{fig:map}}, {@code \ref{fig:map}}, {@code \eqref{eq:e}}.
 *
 * @param label the label it names, such as {@code fig-map}
 * @param form how it is shown
 * @param span which of the paragraph's marked spans shows it
 * @param position where it is in the source file
 */
public record CrossReference(String label, Form form, int span, SourcePosition position) {
  /** How a cross-reference is shown. */
  public enum Form {
    /** {@code Figure 2}: pandoc's {@code @fig-x}, LaTeX's {@code \autoref}. */
    NAME,
    /** {@code 2}: LaTeX's {@code \ref}, written after the word {@code Figure}. */
    NUMBER,
    /** {@code (2)}: LaTeX's {@code \eqref}. */
    PARENTHESISED
  }
}

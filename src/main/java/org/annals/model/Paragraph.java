package org.annals.model;

import java.util.List;
import org.annals.diag.SourcePosition;

/**
 * A top-level block of a section (a paragraph, list, table, figure, equation or quotation): the
 * unit that citations, search results and later cross-links point to. Its Markdown is parsed once,
 * when the paper is read; its HTML and text are kept here so that no later stage parses it again.
 *
 * @param id stable anchor such as {@code p-3-3-4} (section 3.3, fourth block)
 * @param markdown the block's Markdown source, exactly as written
 * @param html the block's HTML, raw HTML escaped, in which the renderer still has two things to do:
 *     the text of each citation or cross-reference is enclosed in {@link #SPAN_START} and
 *     {@link #SPAN_END} (the spans in order; see {@link Citation#span()} and
 *     {@link CrossReference#span()}), to be made a link; and {@link #PAPER_FOLDER} stands for the
 *     URL of the paper's folder, where its figures are
 * @param text the block's text as a reader sees it, without markup, on one line
 * @param citations the works cited in the block, in reading order
 * @param crossReferences the figures, tables and equations the block refers to, in reading order
 * @param footnotes the footnotes the block refers to, in reading order
 * @param position where the block starts in the source file
 */
public record Paragraph(String id, String markdown, String html, String text, List<Citation> citations,
    List<CrossReference> crossReferences, List<FootnoteReference> footnotes, SourcePosition position) {
  /** Marks where a span to be linked starts in {@link #html}: a Unicode noncharacter, refused in content. */
  public static final char SPAN_START = '\uFDD0';
  /** Marks where a span to be linked ends in {@link #html}. */
  public static final char SPAN_END = '\uFDD1';
  /** Stands for the URL of the paper's folder in {@link #html}, followed by a path inside it. */
  public static final char PAPER_FOLDER = '\uFDD3';

  public Paragraph {
    citations = List.copyOf(citations);
    crossReferences = List.copyOf(crossReferences);
    footnotes = List.copyOf(footnotes);
  }

  /**
   * One place where the text refers to a footnote.
   *
   * @param number the footnote's number
   * @param id the anchor of this place, such as {@code fnref-3-1}, which the footnote links back to
   */
  public record FootnoteReference(int number, String id) {}
}

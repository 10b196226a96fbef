package org.annals.model;

import java.util.List;
import org.annals.diag.SourcePosition;

/**
 * A top-level block of a section (a paragraph, list, table or quotation): the unit that
 * citations, search results and later cross-links point to. Its Markdown is parsed once, when the
 * paper is read; its HTML and text are kept here so that no later stage parses it again.
 *
 * @param id stable anchor such as {@code p-3-3-4} (section 3.3, fourth block)
 * @param markdown the block's Markdown source, exactly as written
 * @param html the block's HTML, raw HTML escaped, with the text of each citation enclosed in
 *     {@link #CITATION_START} and {@link #CITATION_END}, in the order of {@code citations}; the
 *     renderer makes each enclosed text a link
 * @param text the block's text as a reader sees it, without markup, on one line
 * @param citations the works cited in the block, in reading order
 * @param position where the block starts in the source file
 */
public record Paragraph(String id, String markdown, String html, String text, List<Citation> citations,
    SourcePosition position) {
  /** Marks where a citation's text starts in {@link #html}: a Unicode noncharacter, refused in content. */
  public static final char CITATION_START = '\uFDD0';
  /** Marks where a citation's text ends in {@link #html}. */
  public static final char CITATION_END = '\uFDD1';

  public Paragraph {
    citations = List.copyOf(citations);
  }
}

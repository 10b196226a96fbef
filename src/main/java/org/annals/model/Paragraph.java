package org.annals.model;

import java.util.List;
import org.annals.diag.SourcePosition;

/**
 * A top-level block of a section (a paragraph, list, table or quotation): the unit that
 * citations, search results and later cross-links point to.
 *
 * @param id stable anchor such as {@code p-3-3-4} (section 3.3, fourth block)
 * @param markdown the block's Markdown source, exactly as written
 * @param citations the works cited in the block, in reading order
 * @param position where the block starts in the source file
 */
public record Paragraph(String id, String markdown, List<Citation> citations, SourcePosition position) {
  public Paragraph {
    citations = List.copyOf(citations);
  }
}

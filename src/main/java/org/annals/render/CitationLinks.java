package org.annals.render;

import org.annals.model.Paragraph;

/**
 * Finishes a paragraph's HTML for one page: the reader rendered it once with the text of each
 * citation and cross-reference marked as a span, and the paper's folder marked in image addresses;
 * each page makes every span a link (or puts formatted citations in its place) and writes the
 * folder's address as seen from the page.
 */
final class CitationLinks {
  private CitationLinks() {}

  /** What a page makes of each span of a paragraph. */
  interface Spans {
    /** The HTML that takes the place of span {@code index} whole, or null to keep its text in a link. */
    String replacement(int index);

    /** The opening {@code <a …>} tag of the link around the text of span {@code index}. */
    String openTag(int index);
  }

  /** The paragraph's HTML for a page from which the paper's folder is at {@code paperFolder}. */
  static String link(Paragraph paragraph, Spans spans, String paperFolder) {
    String html = paragraph.html();
    StringBuilder out = new StringBuilder(html.length() + 256);
    int span = 0;
    int from = 0;
    for (int i = 0; i < html.length(); i++) {
      char ch = html.charAt(i);
      if (ch == Paragraph.PAPER_FOLDER) {
        out.append(html, from, i).append(paperFolder);
        from = i + 1;
      } else if (ch == Paragraph.SPAN_START) {
        out.append(html, from, i);
        String replacement = spans.replacement(span);
        if (replacement != null) {
          out.append(replacement);
          int end = html.indexOf(Paragraph.SPAN_END, i);
          if (end < 0) {
            throw new IllegalStateException("unclosed span " + span + " in " + paragraph.id());
          }
          i = end;
        } else {
          out.append(spans.openTag(span));
        }
        span++;
        from = i + 1;
      } else if (ch == Paragraph.SPAN_END) {
        out.append(html, from, i).append("</a>");
        from = i + 1;
      }
    }
    out.append(html, from, html.length());
    return out.toString();
  }
}

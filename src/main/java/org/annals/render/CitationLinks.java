package org.annals.render;

import java.util.List;
import java.util.function.Function;
import org.annals.model.Citation;
import org.annals.model.Paragraph;

/**
 * Makes the citations of a paragraph's HTML links: the reader marked each citation's text in the
 * HTML when it rendered the paragraph once; each page swaps the marks for the link that suits it.
 */
final class CitationLinks {
  private CitationLinks() {}

  /**
   * The paragraph's HTML with each citation made a link.
   *
   * @param openTag the opening {@code <a …>} tag of each citation's link
   */
  static String link(Paragraph paragraph, Function<Citation, String> openTag) {
    String html = paragraph.html();
    List<Citation> citations = paragraph.citations();
    if (citations.isEmpty()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + citations.size() * 100);
    int next = 0;
    int from = 0;
    for (int i = 0; i < html.length(); i++) {
      char ch = html.charAt(i);
      if (ch == Paragraph.CITATION_START || ch == Paragraph.CITATION_END) {
        out.append(html, from, i);
        if (ch == Paragraph.CITATION_START) {
          out.append(openTag.apply(citations.get(next++)));
        } else {
          out.append("</a>");
        }
        from = i + 1;
      }
    }
    out.append(html, from, html.length());
    if (next != citations.size()) {
      throw new IllegalStateException("citation marks lost in " + paragraph.id() + ": " + next + " of "
          + citations.size());
    }
    return out.toString();
  }
}

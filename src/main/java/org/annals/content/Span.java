package org.annals.content;

import java.util.List;
import java.util.Optional;
import org.annals.model.Citation;

/**
 * A span of a block's text that the renderer makes a link: one author-year citation, a group of
 * citations by key ({@code [@a; @b]}), or a cross-reference to a label. Offsets are into the body.
 *
 * @param start where the span starts
 * @param end just past its end
 * @param cites the citations it shows; empty for a cross-reference
 * @param label the label a cross-reference names, if it is one
 */
record Span(int start, int end, List<Cite> cites, Optional<String> label) {
  Span {
    cites = List.copyOf(cites);
  }

  /**
   * A citation found in the text, before it becomes a {@link Citation}.
   *
   * @param start its offset in the body
   * @param end just past its end
   * @param text its text as written
   * @param key the bibliography key, for a citation by key
   * @param authors the names as cited, for an author-year citation
   * @param etAl whether the names end with {@code et al.}
   * @param year the year cited, or 0 for {@code n.d.} and with a key
   * @param yearSuffix the letter after the year, or empty
   * @param locator a page or other locator, if given
   * @param prefix text before the work, if given
   * @param suffix text after the work and its locator, if given
   * @param mode how it stands in the sentence
   */
  record Cite(int start, int end, String text, Optional<String> key, List<String> authors, boolean etAl, int year,
      String yearSuffix, Optional<String> locator, Optional<String> prefix, Optional<String> suffix,
      Citation.Mode mode) {
    Cite {
      authors = List.copyOf(authors);
    }
  }
}

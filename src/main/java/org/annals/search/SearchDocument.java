package org.annals.search;

import java.util.List;

/**
 * One thing a search can find: a paper, an author, a section, a paragraph (or footnote) or a
 * reference.
 *
 * @param kind one of {@link #KINDS}
 * @param url where a result opens, relative to the site root, with its anchor
 * @param title the result's heading
 * @param crumbs where it stands: {@code paper › section › ¶2}
 * @param byline the authors and year of the paper it belongs to (for a reference: the work's), or empty
 * @param year the year it is filed under for narrowing results, or 0 when it has none
 * @param text the text that snippets are cut from
 * @param fields the texts that are indexed, each with its weight
 */
public record SearchDocument(String kind, String url, String title, String crumbs, String byline, int year, String text,
    List<Field> fields) {
  /** The kinds, in the order the index numbers them (and lists them for narrowing). */
  public static final List<String> KINDS = List.of("paper", "author", "section", "paragraph", "reference");

  public SearchDocument {
    fields = List.copyOf(fields);
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  /**
   * An indexed text and how much a match in it counts: titles and names more than body text.
   *
   * @param text the text
   * @param weight its weight; body text is 1
   */
  public record Field(String text, double weight) {}
}

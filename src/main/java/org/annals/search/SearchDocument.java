package org.annals.search;

import java.util.List;

/**
 * One thing a search can find: a paper, a section, a paragraph or a reference.
 *
 * @param kind {@code paper}, {@code section}, {@code paragraph} or {@code reference}
 * @param url where a result opens, relative to the site root, with its anchor
 * @param title the result's heading
 * @param crumbs where it stands: {@code paper › section}
 * @param text the text that snippets are cut from
 * @param fields the texts that are indexed, each with its weight
 */
public record SearchDocument(String kind, String url, String title, String crumbs, String text, List<Field> fields) {
  public SearchDocument {
    fields = List.copyOf(fields);
  }

  /**
   * An indexed text and how much a match in it counts: titles more than body text.
   *
   * @param text the text
   * @param weight its weight; body text is 1
   */
  public record Field(String text, double weight) {}
}

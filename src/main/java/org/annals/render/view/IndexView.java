package org.annals.render.view;

import java.util.List;

/**
 * An index page: years, authors, topics or works, in groups.
 *
 * @param meta the layout's values
 * @param heading the page's heading
 * @param lead a sentence on what the index holds
 * @param groups the entries, in groups (by letter, or one group)
 * @param pagination where this page stands among the index's pages
 */
public record IndexView(PageMeta meta, String heading, String lead, List<Group> groups, PaginationView pagination) {
  /**
   * Entries under one heading.
   *
   * @param label the group's heading (a letter), or null for a list without headings
   * @param id the heading's anchor, or null
   * @param entries the entries
   */
  public record Group(String label, String id, List<IndexEntry> entries) {}
}

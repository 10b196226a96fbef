package org.annals.render.view;

import java.util.List;

/**
 * The page of a work that several papers of the archive cite.
 *
 * @param meta the layout's values
 * @param heading the work's title
 * @param entry the work's entry, as the first citing paper lists it
 * @param total how many papers cite it
 * @param citing this page's citing papers, newest first
 * @param pagination where this page stands among the work's pages
 */
public record WorkView(PageMeta meta, String heading, ReferenceView entry, int total, List<CitingPaper> citing,
    PaginationView pagination) {
  /**
   * A paper that cites the work, and where.
   *
   * @param paper the paper
   * @param entryHref link to the paper's entry for the work
   * @param places the first sentences that cite it, each linked to its paragraph
   * @param more how many more citations the paper's references page shows
   */
  public record CitingPaper(PaperSummaryView paper, String entryHref, List<CitedPlace> places, int more) {}
}

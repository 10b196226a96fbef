package org.annals.render.view;

import java.util.List;

/**
 * A page of papers: all of them, one year's, one author's or one topic's.
 *
 * @param meta the layout's values
 * @param heading the page's heading
 * @param lead a sentence on what the list holds
 * @param person the author the list is of, or null
 * @param papers this page's papers, newest first
 * @param first the number of the first paper of this page, from 1
 * @param pagination where this page stands among the listing's pages
 * @param feedHref link to the listing's Atom feed, or null
 */
public record ListingView(PageMeta meta, String heading, String lead, PersonView person, List<PaperSummaryView> papers,
    int first, PaginationView pagination, String feedHref) {}

package org.annals.render.view;

import java.util.List;

/**
 * Where a page stands among the pages of a listing.
 *
 * @param page this page's number, from 1
 * @param pages how many pages there are
 * @param previous the page before, or null on the first
 * @param next the page after, or null on the last
 * @param around links to the first, the last and the pages near this one, in order; a null
 *     href marks this page, a null entry a gap
 */
public record PaginationView(int page, int pages, Link previous, Link next, List<Link> around) {}

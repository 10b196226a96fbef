package org.annals.render.view;

/**
 * A page whose content is all in its template: the search page, the not-found page.
 *
 * @param meta the layout's values
 */
public record PlainPageView(PageMeta meta) {}

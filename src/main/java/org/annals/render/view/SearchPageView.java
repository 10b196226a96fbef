package org.annals.render.view;

/**
 * The search page; its results come from the browser.
 *
 * @param meta the layout's values
 */
public record SearchPageView(PageMeta meta) {}

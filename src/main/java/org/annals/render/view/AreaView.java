package org.annals.render.view;

/**
 * One card of a paper's grid of areas.
 *
 * @param href link to the area's section page
 * @param number the area's number, such as {@code 3.3}
 * @param title the area's title
 * @param summary the first sentence of the area, as plain text
 * @param paragraphs how many paragraphs the area has
 * @param citations how many citations the area makes
 */
public record AreaView(String href, String number, String title, String summary, int paragraphs, int citations) {}

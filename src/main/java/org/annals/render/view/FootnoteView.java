package org.annals.render.view;

import java.util.List;

/**
 * A footnote at the foot of a page.
 *
 * @param anchor its anchor, such as {@code fn-2}
 * @param number its number
 * @param html its text, rendered by Annals
 * @param backlinks links back to each place on the page that refers to it
 */
public record FootnoteView(String anchor, int number, String html, List<Link> backlinks) {}

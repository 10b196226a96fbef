package org.annals.render.view;

/**
 * A block of a section, ready to print.
 *
 * @param id the stable anchor
 * @param html the block's HTML, rendered by Annals with citations as links
 * @param label how its permalink is named: {@code Link to paragraph 3.3 ¶1}
 */
public record ParagraphView(String id, String html, String label) {}

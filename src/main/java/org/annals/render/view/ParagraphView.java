package org.annals.render.view;

/**
 * A block of a section, ready to print.
 *
 * @param id the stable anchor
 * @param html the block's HTML, rendered by Annals with citations as links
 */
public record ParagraphView(String id, String html) {}

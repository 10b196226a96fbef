package org.annals.render.view;

/**
 * A {@code <meta name content>} tag of a page's head.
 *
 * @param name the name, such as {@code citation_title}
 * @param content the value
 */
public record MetaTag(String name, String content) {}

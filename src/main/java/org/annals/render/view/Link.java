package org.annals.render.view;

/**
 * A link as templates print it.
 *
 * @param href relative URL
 * @param label the text of the link
 */
public record Link(String href, String label) {}

package org.annals.render.view;

/**
 * An author on a paper's page.
 *
 * @param name the name
 * @param affiliation the affiliation, or null
 */
public record AuthorView(String name, String affiliation) {}

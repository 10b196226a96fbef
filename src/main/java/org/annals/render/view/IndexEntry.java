package org.annals.render.view;

/**
 * One line of an index: a name, where it leads, how many papers it holds and a detail.
 *
 * @param href link to its page
 * @param label its name
 * @param count how many papers it holds
 * @param detail a few words more (an affiliation, a year), or null
 */
public record IndexEntry(String href, String label, int count, String detail) {}

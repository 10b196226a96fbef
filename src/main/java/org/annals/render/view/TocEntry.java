package org.annals.render.view;

import java.util.List;

/**
 * One line of a table of contents.
 *
 * @param href link to the section's page
 * @param number the section's number, or null
 * @param title the section's title
 * @param children the subsections' lines
 */
public record TocEntry(String href, String number, String title, List<TocEntry> children) {}

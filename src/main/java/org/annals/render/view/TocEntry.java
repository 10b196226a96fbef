package org.annals.render.view;

import java.util.List;

/**
 * One line of a table of contents.
 *
 * @param href link to the section's page, or to its heading on the same page
 * @param number the section's number, or null
 * @param title the section's title
 * @param children the subsections' lines
 * @param current whether it is the section the page shows
 */
public record TocEntry(String href, String number, String title, List<TocEntry> children, boolean current) {
  public TocEntry(String href, String number, String title, List<TocEntry> children) {
    this(href, number, title, children, false);
  }
}

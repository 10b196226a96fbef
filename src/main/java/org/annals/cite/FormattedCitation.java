package org.annals.cite;

/**
 * A citation in a reference style, split so that a page can set the title in italics and link the
 * URL: {@code before + title + after + url}.
 *
 * @param before the text before the title
 * @param title the title
 * @param italic whether the style sets the title in italics (APA) or in quotes, already in the text (Chicago)
 * @param after the text after the title
 * @param url the work's address, or empty
 */
public record FormattedCitation(String before, String title, boolean italic, String after, String url) {
  /** The whole citation as plain text. */
  public String text() {
    return before + title + after + (url.isEmpty() ? "" : " " + url);
  }
}

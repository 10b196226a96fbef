package org.annals.model;

/**
 * A piece of Markdown outside the body, such as an abstract, read once: its source, its HTML and
 * its plain text.
 *
 * @param markdown the Markdown as written
 * @param html the HTML that Annals rendered from it, raw HTML escaped
 * @param text its text as a reader sees it, without markup, on one line
 * @param summary the first sentence of {@code text}, whole
 */
public record Prose(String markdown, String html, String text, String summary) {
  /** No text at all. */
  public static final Prose EMPTY = new Prose("", "", "", "");

  public boolean isEmpty() {
    return markdown.isEmpty();
  }
}

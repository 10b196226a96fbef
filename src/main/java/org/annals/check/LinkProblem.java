package org.annals.check;

/**
 * Something wrong with a built site: a link that does not work, or a page that is not valid HTML.
 *
 * @param page the file, relative to the site root
 * @param href the link as written, or the line and column of an HTML error
 * @param problem what is wrong
 */
public record LinkProblem(String page, String href, String problem) {
  /** {@code page: problem: link}, the form {@code annals check} prints. */
  @Override
  public String toString() {
    return page + ": " + problem + (href.isEmpty() ? "" : ": " + href);
  }
}

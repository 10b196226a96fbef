package org.annals.check;

/**
 * A link of a built page that does not work.
 *
 * @param page the page, relative to the site root
 * @param href the link as written
 * @param problem what is wrong with it
 */
public record LinkProblem(String page, String href, String problem) {
  @Override
  public String toString() {
    return page + ": " + problem + ": " + href;
  }
}

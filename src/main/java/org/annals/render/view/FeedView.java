package org.annals.render.view;

import java.util.List;

/**
 * The Atom feed of the archive's papers.
 *
 * @param lang the language tag
 * @param title the archive's title
 * @param subtitle the archive's description
 * @param id the feed's permanent id
 * @param self the feed's own absolute URL, or null when the base URL is not known
 * @param home the home page's URL
 * @param updated when the feed last changed, RFC 3339
 * @param entries one entry per paper, newest first
 */
public record FeedView(String lang, String title, String subtitle, String id, String self, String home,
    String updated, List<Entry> entries) {

  /**
   * One paper in the feed.
   *
   * @param title the title
   * @param id the paper's permanent id
   * @param href the paper page's URL
   * @param updated when it last changed, RFC 3339
   * @param published when it was published, RFC 3339, or null
   * @param authors the authors' names
   * @param keywords the keywords
   * @param summary the abstract as plain text
   */
  public record Entry(String title, String id, String href, String updated, String published, List<String> authors,
      List<String> keywords, String summary) {}
}

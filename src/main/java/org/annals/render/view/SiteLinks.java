package org.annals.render.view;

import java.util.List;

/**
 * The site's own pages and files that every page links to, as URLs from that page.
 *
 * @param home the archive's home page
 * @param search the search page
 * @param searchIndex the folder of the search index, which the search script reads
 * @param stylesheet the stylesheet
 * @param icon the site's icon
 * @param feed the Atom feed
 * @param scripts the scripts every page loads, deferred
 */
public record SiteLinks(String home, String search, String searchIndex, String stylesheet, String icon, String feed,
    List<String> scripts) {
  public SiteLinks {
    scripts = List.copyOf(scripts);
  }
}

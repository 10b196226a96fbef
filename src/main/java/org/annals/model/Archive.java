package org.annals.model;

import java.util.List;
import org.annals.config.SiteConfig;

/**
 * A whole archive as read from {@code content/}.
 *
 * @param site the archive's settings
 * @param papers the papers, ordered newest first, then by title and slug
 */
public record Archive(SiteConfig site, List<Paper> papers) {
  public Archive {
    papers = List.copyOf(papers);
  }
}

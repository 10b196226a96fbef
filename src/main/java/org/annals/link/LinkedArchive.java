package org.annals.link;

import java.util.List;
import org.annals.model.Archive;

/**
 * The archive after resolution: what the renderer reads.
 *
 * @param archive the archive as read
 * @param papers its papers, resolved, in the archive's order (newest first)
 * @param catalogue the archive seen whole: authors, topics, years, shared works, related papers
 */
public record LinkedArchive(Archive archive, List<LinkedPaper> papers, Catalogue catalogue) {
  public LinkedArchive {
    papers = List.copyOf(papers);
  }

  public LinkedArchive(Archive archive, List<LinkedPaper> papers) {
    this(archive, papers, Catalogue.of(papers));
  }
}

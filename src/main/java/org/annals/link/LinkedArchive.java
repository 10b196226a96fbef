package org.annals.link;

import java.util.List;
import org.annals.model.Archive;

/**
 * The archive after resolution: what the renderer reads.
 *
 * @param archive the archive as read
 * @param papers its papers, resolved, in the archive's order
 */
public record LinkedArchive(Archive archive, List<LinkedPaper> papers) {
  public LinkedArchive {
    papers = List.copyOf(papers);
  }
}

package org.annals.link;

import java.util.List;
import java.util.Map;
import org.annals.model.Paper;
import org.annals.model.Reference;

/**
 * A paper with every citation resolved.
 *
 * @param paper the paper
 * @param citations every citation in reading order, resolved
 */
public record LinkedPaper(Paper paper, List<ResolvedCitation> citations) {
  public LinkedPaper {
    citations = List.copyOf(citations);
  }

  /** The citations of each reference, in reading order: the reference's backlinks. */
  public List<ResolvedCitation> citationsOf(Reference reference) {
    return citations.stream().filter(c -> c.reference().number() == reference.number()).toList();
  }

  /** The reference each citation resolves to, by citation id. */
  public Map<String, Reference> referenceByCitationId() {
    Map<String, Reference> map = new java.util.HashMap<>();
    for (ResolvedCitation c : citations) {
      map.put(c.citation().id(), c.reference());
    }
    return Map.copyOf(map);
  }
}

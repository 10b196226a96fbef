package org.annals.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.Paper;
import org.annals.model.Reference;

/**
 * A paper with every citation resolved, and the lookups pages make of them, computed once.
 *
 * @param paper the paper
 * @param citations every citation in reading order, resolved
 * @param byReference the citations of each reference number, in reading order
 * @param referenceByCitationId the reference each citation resolves to, by citation id
 */
public record LinkedPaper(Paper paper, List<ResolvedCitation> citations,
    Map<Integer, List<ResolvedCitation>> byReference, Map<String, Reference> referenceByCitationId) {

  public LinkedPaper(Paper paper, List<ResolvedCitation> citations) {
    this(paper, List.copyOf(citations), byReference(citations), byCitationId(citations));
  }

  private static Map<Integer, List<ResolvedCitation>> byReference(List<ResolvedCitation> citations) {
    Map<Integer, List<ResolvedCitation>> map = new HashMap<>();
    for (ResolvedCitation c : citations) {
      map.computeIfAbsent(c.reference().number(), k -> new ArrayList<>()).add(c);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(map);
  }

  private static Map<String, Reference> byCitationId(List<ResolvedCitation> citations) {
    Map<String, Reference> map = new HashMap<>();
    for (ResolvedCitation c : citations) {
      map.put(c.citation().id(), c.reference());
    }
    return Map.copyOf(map);
  }

  /** The citations of a reference, in reading order: the reference's backlinks. */
  public List<ResolvedCitation> citationsOf(Reference reference) {
    return byReference.getOrDefault(reference.number(), List.of());
  }
}

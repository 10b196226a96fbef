package org.annals.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;

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

  /**
   * This paper as the catalogue and the archive's own pages see it: its front matter, sections,
   * references and citations (with their citing sentences) kept; the text of its paragraphs,
   * footnotes, labels and figures, and its references' CSL and BibTeX sources, left out. A build of an archive too large to hold whole keeps
   * this of each paper and reads the paper again to render its pages.
   */
  public LinkedPaper placeOnly() {
    Map<Object, Object> slim = new java.util.IdentityHashMap<>();
    List<Section> sections = paper.sections().stream().map(s -> placeOnly(s, slim)).toList();
    List<Reference> references = paper.references().stream().map(r -> {
      Reference lean = new Reference(r.number(), r.key(), r.type(), r.authors(), r.names(), r.year(), r.yearSuffix(),
          r.title(), r.container(), r.volume(), r.issue(), r.pages(), r.publisher(), r.edition(), r.doi(), r.isbn(),
          r.published(), r.publishedDate(), r.url(), Map.of(), java.util.Optional.empty(), r.position());
      slim.put(r, lean);
      return lean;
    }).toList();
    Paper p = paper;
    Paper lean = new Paper(p.slug(), p.source(), p.title(), p.titleHtml(), p.authors(), p.date(), p.keywords(),
        p.abstractText(), p.areasSection(), sections, references, p.citesByKey(), p.style(), p.publication(),
        Map.of(), List.of(), List.of());
    List<ResolvedCitation> resolved = citations.stream().map(c -> new ResolvedCitation(c.citation(),
        (Reference) slim.getOrDefault(c.reference(), c.reference()),
        (Section) slim.getOrDefault(c.section(), c.section()), (Paragraph) slim.getOrDefault(c.paragraph(),
        c.paragraph()))).toList();
    return new LinkedPaper(lean, resolved);
  }

  private static Section placeOnly(Section section, Map<Object, Object> slim) {
    List<Paragraph> paragraphs = section.paragraphs().stream().map(g -> {
      Paragraph lean = new Paragraph(g.id(), "", "", "", g.citations(), List.of(), List.of(), g.position());
      slim.put(g, lean);
      return lean;
    }).toList();
    List<Section> children = section.children().stream().map(c -> placeOnly(c, slim)).toList();
    Section lean = new Section(section.number(), section.title(), section.slug(), section.level(), paragraphs, children,
        section.position(), section.summary());
    slim.put(section, lean);
    return lean;
  }

  /** The citations of a reference, in reading order: the reference's backlinks. */
  public List<ResolvedCitation> citationsOf(Reference reference) {
    return byReference.getOrDefault(reference.number(), List.of());
  }
}

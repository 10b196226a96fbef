package org.annals.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Citation;
import org.annals.model.CitingSentence;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.PersonName;
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

  /**
   * A paper as {@link #placeOnly} left it, taken back from where it was kept with its resolved
   * citations: the lookups it keeps made again.
   */
  public static LinkedPaper placed(Paper paper, List<ResolvedCitation> citations) {
    return new LinkedPaper(paper, List.copyOf(citations), byReference(citations), Map.of());
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
   * This paper as the catalogue and the archive's own pages see it, for a build of an archive too
   * large to hold whole, which keeps this of each paper and reads the paper again to render its
   * pages. Kept: the front matter; the sections, with the summary of the first that has one when
   * the paper has no abstract (its description); the references without their CSL and BibTeX
   * sources; every citation's reference, section, paragraph and mode, and the citing sentence of
   * the first {@code sentencesPerReference} citations of each reference, which the pages of works
   * cited across papers quote. Left out: the text of paragraphs, footnotes, labels and figures,
   * and what citations say beyond that. Equal strings of references are one instance through
   * {@code shared}: a work's title, names and journal recur in every paper that cites it.
   */
  public LinkedPaper placeOnly(int sentencesPerReference, Shared shared) {
    Map<Object, Object> slim = new java.util.IdentityHashMap<>();
    Map<Integer, Integer> quoted = new HashMap<>();
    for (ResolvedCitation c : citations) {
      boolean quote = quoted.merge(c.reference().number(), 1, Integer::sum) <= sentencesPerReference;
      Citation x = c.citation();
      CitingSentence sentence = quote ? new CitingSentence(x.sentence().before(), shared.of(x.sentence().cited()),
          shared.of(x.sentence().after())) : CitingSentence.NONE;
      slim.put(x, new Citation("", "", Optional.empty(), List.of(), false, x.year(), "", Optional.empty(),
          Optional.empty(), Optional.empty(), x.mode(), x.span(), x.start(), x.end(), c.paragraph().position(),
          sentence));
    }
    // Of the sections' summaries, the archive's pages show only the one that describes a paper without an abstract.
    Section described = paper.abstractText().summary().isEmpty()
        ? paper.allSections().filter(s -> !s.summary().isEmpty()).findFirst().orElse(null) : null;
    List<Section> sections = paper.sections().stream().map(s -> placeOnly(s, described, slim)).toList();
    List<Reference> references = paper.references().stream().map(r -> {
      Reference lean = new Reference(r.number(), shared.of(r.key()), shared.of(r.type()),
          r.authors().stream().map(shared::of).toList(), r.names().stream().map(n -> new PersonName(
              shared.of(n.family()), shared.of(n.given()), shared.of(n.literal()))).toList(), r.year(),
          shared.of(r.yearSuffix()), shared.of(r.title()), shared.of(r.container()), shared.of(r.volume()),
          shared.of(r.issue()), shared.of(r.pages()), shared.of(r.publisher()), shared.of(r.edition()),
          shared.of(r.doi()), shared.of(r.isbn()), shared.of(r.published()), r.publishedDate(), shared.of(r.url()),
          Map.of(), Optional.empty(), r.position());
      slim.put(r, lean);
      return lean;
    }).toList();
    Paper p = paper;
    Paper lean = new Paper(p.slug(), p.source(), p.title(), p.titleHtml(), p.authors(), p.date(), p.keywords(),
        p.abstractText(), p.areasSection(), sections, references, p.citesByKey(), p.style(), p.publication(),
        Map.of(), List.of(), List.of());
    List<ResolvedCitation> resolved = citations.stream().map(c -> new ResolvedCitation((Citation) slim.get(c.citation()),
        (Reference) slim.getOrDefault(c.reference(), c.reference()),
        (Section) slim.getOrDefault(c.section(), c.section()), (Paragraph) slim.getOrDefault(c.paragraph(),
        c.paragraph()))).toList();
    return placed(lean, resolved);
  }

  /** One instance of equal strings across the place-only papers of a build. Used from any thread. */
  public static final class Shared {
    private final Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<String>> optionals = new java.util.concurrent.ConcurrentHashMap<>();

    public String of(String text) {
      String known = strings.putIfAbsent(text, text);
      return known == null ? text : known;
    }

    public Optional<String> of(Optional<String> text) {
      return text.isEmpty() ? text : optionals.computeIfAbsent(of(text.get()), Optional::of);
    }
  }

  private static Section placeOnly(Section section, Section described, Map<Object, Object> slim) {
    List<Paragraph> paragraphs = section.paragraphs().stream().map(g -> {
      Paragraph lean = new Paragraph(g.id(), "", "", "", g.citations().stream().map(c -> (Citation) slim.get(c))
          .toList(), List.of(), List.of(), g.position());
      slim.put(g, lean);
      return lean;
    }).toList();
    List<Section> children = section.children().stream().map(c -> placeOnly(c, described, slim)).toList();
    Section lean = new Section(section.number(), section.title(), section.slug(), section.level(), paragraphs, children,
        section.position(), section == described ? section.summary() : "");
    slim.put(section, lean);
    return lean;
  }

  /** The citations of a reference, in reading order: the reference's backlinks. */
  public List<ResolvedCitation> citationsOf(Reference reference) {
    return byReference.getOrDefault(reference.number(), List.of());
  }
}

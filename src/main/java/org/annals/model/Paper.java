package org.annals.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One paper of the archive.
 *
 * @param slug URL segment, the name of the paper's folder
 * @param source the paper's Markdown file
 * @param title the title
 * @param authors the authors in order
 * @param date the publication date, if given
 * @param keywords the keywords in order
 * @param abstractText the abstract
 * @param areasSection the number of the section whose subsections are the paper's areas, if any
 * @param sections the top-level sections, in order
 * @param references the reference list, in order
 */
public record Paper(
    String slug,
    Path source,
    String title,
    List<Author> authors,
    Optional<PartialDate> date,
    List<String> keywords,
    Prose abstractText,
    Optional<String> areasSection,
    List<Section> sections,
    List<Reference> references) {

  public Paper {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    sections = List.copyOf(sections);
    references = List.copyOf(references);
  }

  /** Every section and subsection, in document order. */
  public Stream<Section> allSections() {
    return sections.stream().flatMap(Section::flatten);
  }

  /** The section with this number, if there is one. */
  public Optional<Section> section(String number) {
    return allSections().filter(s -> s.number().filter(number::equals).isPresent()).findFirst();
  }

  /** The sections presented as the paper's areas: the subsections of {@link #areasSection}. */
  public List<Section> areas() {
    return areasSection.flatMap(this::section).map(Section::children).orElse(List.of());
  }
}

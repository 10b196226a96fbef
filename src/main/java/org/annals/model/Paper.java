package org.annals.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One paper of the archive.
 *
 * @param slug URL segment, the name of the paper's folder
 * @param source the paper's Markdown file
 * @param title the title as plain text
 * @param titleHtml the title as HTML (it may hold emphasis, code or maths), rendered by Annals
 * @param authors the authors in order
 * @param date the publication date, if given
 * @param keywords the keywords in order
 * @param abstractText the abstract
 * @param areasSection the number of the section whose subsections are the paper's areas, if any
 * @param sections the top-level sections, in order
 * @param references the works the paper cites: its reference list, or the cited items of its bibliography
 * @param citesByKey whether the paper cites by bibliography key ({@code [@key]}) rather than by author and year
 * @param style the citation style the paper asks for: a style id such as {@code apa}, or the XML of a
 *     {@code .csl} file; empty for the archive's style
 * @param publication where and how the paper was published
 * @param labels the paper's numbered figures, tables and equations, by label
 * @param footnotes the paper's footnotes, in order
 * @param assets the files the paper shows, to be copied into the site
 */
public record Paper(
    String slug,
    Path source,
    String title,
    String titleHtml,
    List<Author> authors,
    Optional<PartialDate> date,
    List<String> keywords,
    Prose abstractText,
    Optional<String> areasSection,
    List<Section> sections,
    List<Reference> references,
    boolean citesByKey,
    Optional<String> style,
    Publication publication,
    Map<String, Label> labels,
    List<Footnote> footnotes,
    List<Asset> assets) {

  public Paper {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    sections = List.copyOf(sections);
    references = List.copyOf(references);
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    footnotes = List.copyOf(footnotes);
    assets = List.copyOf(assets);
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

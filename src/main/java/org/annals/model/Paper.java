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

  /**
   * What the paper is about, in a sentence: the abstract's first sentence, or, for a paper without
   * an abstract (a JOSS paper opens with a Summary section instead), the first sentence of its text.
   */
  public String description() {
    if (!abstractText.summary().isEmpty()) {
      return abstractText.summary();
    }
    return allSections().map(Section::summary).filter(s -> !s.isEmpty()).findFirst().orElse("");
  }

  /**
   * A block of the paper's text and the section it belongs to.
   *
   * @param section the section
   * @param paragraph the block: one of the section's own paragraphs, or a footnote it first refers to
   */
  public record Block(Section section, Paragraph paragraph) {}

  /**
   * Every block of text in reading order: each section's own paragraphs, each followed by the
   * footnotes it is the first to refer to.
   */
  public List<Block> textBlocks() {
    java.util.Map<Integer, Footnote> byNumber = new java.util.HashMap<>();
    footnotes.forEach(f -> byNumber.put(f.number(), f));
    java.util.Set<Integer> placed = new java.util.HashSet<>();
    List<Block> blocks = new java.util.ArrayList<>();
    allSections().forEach(section -> {
      for (Paragraph paragraph : section.paragraphs()) {
        blocks.add(new Block(section, paragraph));
        for (Paragraph.FootnoteReference reference : paragraph.footnotes()) {
          Footnote footnote = byNumber.get(reference.number());
          if (footnote != null && placed.add(reference.number())) {
            blocks.add(new Block(section, footnote.paragraph()));
          }
        }
      }
    });
    return blocks;
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

package org.annals.render.view;

import java.util.List;

/**
 * The page of one section or subsection.
 *
 * @param meta the layout's values
 * @param paperTitle the paper's title
 * @param paperHref link to the paper's page
 * @param number the section's number, or null
 * @param title the section's title
 * @param paragraphs the section's own paragraphs
 * @param subsections the section's subsections, as contents
 * @param previous the section before this one in reading order, or null
 * @param next the section after this one in reading order, or null
 * @param fullHref this section's place on the whole-paper page
 * @param works the works this section's own paragraphs cite, in the order of the reference list
 * @param footnotes the footnotes this section's own paragraphs refer to
 * @param head the paper this section belongs to
 * @param contents the paper's contents, this section marked
 * @param areas the paper's areas, when this section is one of them or holds them; else null
 */
public record SectionPageView(
    PageMeta meta,
    String paperTitle,
    String paperHref,
    String number,
    String title,
    List<ParagraphView> paragraphs,
    List<TocEntry> subsections,
    Link previous,
    Link next,
    String fullHref,
    List<ReferenceView> works,
    List<FootnoteView> footnotes,
    PaperHeadView head,
    List<TocEntry> contents,
    AreasView areas) {}

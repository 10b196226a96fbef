package org.annals.render.view;

import java.util.List;

/**
 * The whole paper on one page.
 *
 * @param meta the layout's values
 * @param title the paper's title as plain text
 * @param titleHtml the paper's title as HTML, rendered by Annals
 * @param authors the authors with affiliations
 * @param date the date as displayed, or null
 * @param abstractHtml the abstract, rendered by Annals
 * @param keywords the keywords
 * @param paperHref link to the paper's page
 * @param contents the table of contents, linking to the headings on this page
 * @param sections every section in reading order
 * @param references the reference list with backlinks
 * @param footnotes the paper's footnotes
 * @param head the paper's header
 */
public record FullPaperView(
    PageMeta meta,
    String title,
    String titleHtml,
    List<AuthorView> authors,
    String date,
    String abstractHtml,
    List<Link> keywords,
    String paperHref,
    List<TocEntry> contents,
    List<SectionBlock> sections,
    List<ReferenceView> references,
    List<FootnoteView> footnotes,
    PaperHeadView head) {}

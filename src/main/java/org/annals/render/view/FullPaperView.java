package org.annals.render.view;

import java.util.List;

/**
 * The whole paper on one page.
 *
 * @param meta the layout's values
 * @param title the paper's title
 * @param authors the authors with affiliations
 * @param date the date as displayed, or null
 * @param abstractHtml the abstract, rendered by Annals
 * @param keywords the keywords
 * @param paperHref link to the paper's page
 * @param contents the table of contents, linking to the headings on this page
 * @param sections every section in reading order
 * @param references the reference list with backlinks
 */
public record FullPaperView(
    PageMeta meta,
    String title,
    List<AuthorView> authors,
    String date,
    String abstractHtml,
    List<String> keywords,
    String paperHref,
    List<TocEntry> contents,
    List<SectionBlock> sections,
    List<ReferenceView> references) {}

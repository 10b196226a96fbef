package org.annals.render.view;

import java.util.List;

/**
 * A paper's front page.
 *
 * @param meta the layout's values
 * @param title the paper's title as plain text
 * @param titleHtml the paper's title as HTML, rendered by Annals
 * @param authors the authors with affiliations
 * @param date the date as displayed, or null
 * @param isoDate the date in ISO 8601, or null
 * @param abstractHtml the abstract, rendered by Annals
 * @param keywords the keywords, each linked to its topic
 * @param contents the table of contents
 * @param areasHeading the heading of the section whose subsections are the areas, or null
 * @param areas the areas as cards; empty when the paper names none
 * @param fullHref link to the whole paper on one page
 * @param referencesHref link to the references page
 * @param referenceCount how many references the paper lists
 * @param cite the "Cite this paper" box
 * @param publication where and how it was published, or null
 * @param citedBy the papers of the archive that cite this one, newest first
 * @param related a few papers of the archive most like this one, best first
 * @param head the paper's header, with its cite box
 * @param startHref link to the first section's page: where reading starts
 */
public record PaperView(
    PageMeta meta,
    String title,
    String titleHtml,
    List<AuthorView> authors,
    String date,
    String isoDate,
    String abstractHtml,
    List<Link> keywords,
    List<TocEntry> contents,
    String areasHeading,
    List<AreaView> areas,
    String fullHref,
    String referencesHref,
    int referenceCount,
    CiteBoxView cite,
    PublicationView publication,
    List<PaperSummaryView> citedBy,
    List<PaperSummaryView> related,
    PaperHeadView head,
    String startHref) {}

package org.annals.render.view;

import java.util.List;

/**
 * One entry of a reference list, with where it is cited.
 *
 * @param anchor the entry's anchor, such as {@code ref-3}
 * @param number the entry's number
 * @param authors the authors as listed
 * @param year the year with its letter
 * @param title the title of the work
 * @param published the publication date as written, or null
 * @param isoPublished that date in ISO 8601, or null
 * @param url the address of the work, or null
 * @param details the journal, volume, issue, pages, publisher and edition as one line, or null
 * @param doiHref the DOI as a link, or null
 * @param formatted the whole entry as the citation style formats it (HTML), or null when the entry is shown field by field
 * @param entryHref link to the entry on the references page, or null on that page
 * @param citedIn every sentence that cites it, each linked to its paragraph
 * @param workHref link to the page of the work, when other papers of the archive cite it too; or null
 * @param workCount how many papers of the archive cite the work
 * @param archiveHref link to the work's own page, when it is a paper of the archive; or null
 * @param archiveTitle that paper's title, or null
 */
public record ReferenceView(
    String anchor,
    int number,
    String authors,
    String year,
    String title,
    String published,
    String isoPublished,
    String url,
    String details,
    String doiHref,
    String formatted,
    String entryHref,
    List<CitedPlace> citedIn,
    String workHref,
    int workCount,
    String archiveHref,
    String archiveTitle) {}

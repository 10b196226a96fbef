package org.annals.render.view;

import java.util.List;

/**
 * What every page of a paper says of it: title, authors, date, where it was published, and how to
 * cite it.
 *
 * @param title the title as plain text
 * @param titleHtml the title as HTML, rendered by Annals
 * @param href link to the paper's page
 * @param authors the authors, linked to their pages
 * @param date the date as displayed, or null
 * @param isoDate the date in ISO 8601, or null
 * @param publication where and how it was published, or null
 * @param cite the citations and downloads
 * @param citeUrl the paper's address as the cite text shows it: absolute when the base URL is
 *     known, else the site path, which the page's script makes absolute
 * @param citeUrlKnown whether {@code citeUrl} is absolute
 */
public record PaperHeadView(String title, String titleHtml, String href, List<AuthorView> authors, String date,
    String isoDate, PublicationView publication, CiteBoxView cite, String citeUrl, boolean citeUrlKnown) {}

package org.annals.render.view;

import java.util.List;

/**
 * A paper as listings show it.
 *
 * @param href link to the paper's page
 * @param title the title as HTML, rendered by Annals
 * @param authors the authors, each linked to their page
 * @param date the date as displayed, or null
 * @param isoDate the date as ISO 8601 for {@code <time>}, or null
 * @param abstractHtml the abstract, rendered by Annals; empty when the paper has none or the
 *     listing shows only a sentence
 * @param description what the paper is about in a sentence, shown when the abstract is not
 * @param keywords the keywords, each linked to its topic's page
 */
public record PaperSummaryView(
    String href, String title, List<Link> authors, String date, String isoDate, String abstractHtml,
    String description, List<Link> keywords) {}

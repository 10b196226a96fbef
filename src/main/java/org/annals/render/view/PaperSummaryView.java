package org.annals.render.view;

import java.util.List;

/**
 * A paper as listed on the home page.
 *
 * @param href link to the paper's page
 * @param title the title as HTML, rendered by Annals
 * @param authors the authors' names joined for reading
 * @param date the date as displayed, or null
 * @param isoDate the date as ISO 8601 for {@code <time>}, or null
 * @param abstractHtml the abstract, rendered by Annals; empty when the paper has none
 * @param description what the paper is about in a sentence, shown when it has no abstract
 * @param keywords the keywords
 */
public record PaperSummaryView(
    String href, String title, String authors, String date, String isoDate, String abstractHtml,
    String description, List<String> keywords) {}

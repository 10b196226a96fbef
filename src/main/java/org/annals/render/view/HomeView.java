package org.annals.render.view;

import java.util.List;

/**
 * The archive's home page.
 *
 * @param meta the layout's values
 * @param description the archive's description
 * @param papers the newest papers
 * @param total how many papers the archive holds
 * @param allHref link to the list of all papers
 * @param ways the ways into the archive (by year, author, topic, works cited), each with its count
 */
public record HomeView(PageMeta meta, String description, List<PaperSummaryView> papers, int total, String allHref,
    List<IndexEntry> ways) {}

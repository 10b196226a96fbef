package org.annals.render.view;

import java.util.List;

/**
 * The archive's home page.
 *
 * @param meta the layout's values
 * @param description the archive's description
 * @param papers the papers, newest first
 */
public record HomeView(PageMeta meta, String description, List<PaperSummaryView> papers) {}

package org.annals.render.view;

import java.util.List;

/**
 * The areas of a paper as one set, shown on each area's page and on the page of the section that
 * holds them.
 *
 * @param heading the heading of the section that holds them
 * @param href link to that section's page
 * @param areas every area, the current one marked by a null href in {@link AreaView}
 * @param currentNumber the number of the area the page shows, or null
 * @param previous the area before this one, or null
 * @param next the area after this one, or null
 */
public record AreasView(String heading, String href, List<AreaView> areas, String currentNumber,
    AreaView previous, AreaView next) {}

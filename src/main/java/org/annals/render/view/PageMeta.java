package org.annals.render.view;

import java.util.List;

/**
 * What every page's layout needs.
 *
 * @param lang the language tag of the page
 * @param siteTitle the archive's title
 * @param title the page's own title, for {@code <title>}, social cards and the last breadcrumb
 * @param within the title of the paper a page belongs to, added to its {@code <title>}, or null
 * @param description one line describing the page
 * @param links the site's own pages and files, linked from this page
 * @param breadcrumbs the trail from the home page to this page's parent
 * @param canonical absolute URL of the page's canonical version when a base URL is set, else null
 * @param ogType the OpenGraph type: {@code website} or {@code article}
 * @param metaTags further {@code <meta name>} tags: the scholarly ones of a paper page
 * @param jsonLd Schema.org data as JSON made safe for a script block, or null
 */
public record PageMeta(
    String lang,
    String siteTitle,
    String title,
    String within,
    String description,
    SiteLinks links,
    List<Link> breadcrumbs,
    String canonical,
    String ogType,
    List<MetaTag> metaTags,
    String jsonLd) {}

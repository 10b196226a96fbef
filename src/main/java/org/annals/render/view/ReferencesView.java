package org.annals.render.view;

import java.util.List;

/**
 * A paper's references page.
 *
 * @param meta the layout's values
 * @param paperTitle the paper's title
 * @param paperHref link to the paper's page
 * @param references the entries in order
 * @param downloads the reference list as BibTeX, RIS and CSL-JSON
 * @param head the paper's header
 */
public record ReferencesView(PageMeta meta, String paperTitle, String paperHref, List<ReferenceView> references,
    List<Link> downloads, PaperHeadView head) {}

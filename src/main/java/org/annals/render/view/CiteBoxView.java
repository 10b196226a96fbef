package org.annals.render.view;

import java.util.List;
import org.annals.cite.FormattedCitation;

/**
 * The "Cite this paper" box.
 *
 * @param apa the APA 7th edition entry
 * @param chicago the Chicago author-date entry
 * @param paperFiles the paper's citation as BibTeX, RIS and CSL-JSON files
 * @param referenceFiles the paper's reference list as BibTeX, RIS and CSL-JSON files
 */
public record CiteBoxView(FormattedCitation apa, FormattedCitation chicago, List<Link> paperFiles,
    List<Link> referenceFiles) {}

package org.annals.render.view;

import java.util.List;

/**
 * An author on a paper's page.
 *
 * @param name the name
 * @param affiliations the affiliations, in order
 * @param orcid the ORCID iD, or null
 * @param orcidHref the ORCID iD as a link, or null
 * @param corresponding whether the author is the corresponding author
 * @param equalContribution whether the author contributed equally with the others so marked
 * @param notes notes on the author
 * @param href link to the author's page in the archive, or null
 */
public record AuthorView(String name, List<String> affiliations, String orcid, String orcidHref,
    boolean corresponding, boolean equalContribution, List<String> notes, String href) {}

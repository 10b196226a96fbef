package org.annals.render.view;

import java.util.List;

/**
 * An author as their page introduces them.
 *
 * @param name the name
 * @param affiliations every affiliation given, newest first
 * @param orcid the ORCID iD, or null
 * @param orcidHref the ORCID iD as a link, or null
 */
public record PersonView(String name, List<String> affiliations, String orcid, String orcidHref) {}

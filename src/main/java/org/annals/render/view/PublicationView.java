package org.annals.render.view;

/**
 * Where and how a paper was published, as its page shows it; any part may be null.
 *
 * @param doi the DOI
 * @param doiHref the DOI as a link
 * @param venue the journal or venue, with volume and issue, such as {@code Journal of Open Source Software, 6(58)}
 * @param license the licence
 * @param version the version
 */
public record PublicationView(String doi, String doiHref, String venue, String license, String version) {}

package org.annals.render.view;

/**
 * The page a host serves for a missing address, at any depth below the site.
 *
 * @param lang the language tag
 * @param siteTitle the archive's title
 * @param root the site's absolute URL, ending in {@code /}, when the base URL is known; else null,
 *     and the page carries its stylesheet and finds the site's root with a small script
 * @param stylesheet the stylesheet's text, carried in the page when the root is not known
 * @param rootFinder the script that finds the site's root, carried when the root is not known
 * @param contentSecurityPolicy the page's policy, which allows those two by their hashes
 */
public record NotFoundView(String lang, String siteTitle, String root, String stylesheet, String rootFinder,
    String contentSecurityPolicy) {}

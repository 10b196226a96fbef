package org.annals.render.view;

import java.util.List;

/**
 * The sitemap.
 *
 * @param urls the canonical pages' URLs: absolute when the base URL is known
 */
public record SitemapView(List<String> urls) {}

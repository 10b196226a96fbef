package org.annals.render;

import java.util.List;
import java.util.Optional;
import org.annals.config.SiteConfig;
import org.annals.link.SitePaths;
import org.annals.render.view.Link;
import org.annals.render.view.MetaTag;
import org.annals.render.view.PageMeta;
import org.annals.render.view.SiteLinks;

/** The layout's values for a page at a site path: titles, description, the site's links, social tags. */
final class PageMetadata {
  private final SiteConfig site;

  PageMetadata(SiteConfig site) {
    this.site = site;
  }

  /** The values of an ordinary page, which is its own canonical version. */
  PageMeta of(String at, String title, String within, String description, List<Link> crumbs) {
    return of(at, title, within, description, crumbs, at,
        at.isEmpty() || at.equals(SitePaths.search()) ? "website" : "article", List.of(), null);
  }

  /** The layout's values; {@code canonicalPath} is the page that indexers should count this one as. */
  PageMeta of(String at, String title, String within, String description, List<Link> crumbs, String canonicalPath,
      String ogType, List<MetaTag> tags, String jsonLd) {
    return new PageMeta(site.language(), site.title(), title, within, shortened(description),
        links(path -> SitePaths.relative(at, path)), crumbs,
        absolute(canonicalPath).orElse(null), ogType, tags, jsonLd);
  }

  /** The longest description search engines show, about. */
  static final int DESCRIPTION_LIMIT = 220;

  /** A description cut at a word when it is longer than {@link #DESCRIPTION_LIMIT}. */
  static String shortened(String description) {
    if (description == null || description.length() <= DESCRIPTION_LIMIT) {
      return description;
    }
    int cut = description.lastIndexOf(' ', DESCRIPTION_LIMIT);
    return description.substring(0, cut > 0 ? cut : DESCRIPTION_LIMIT) + "…";
  }

  /** The site's own pages and files, each linked by {@code href} from its site path. */
  static SiteLinks links(java.util.function.UnaryOperator<String> href) {
    return new SiteLinks(href.apply(SitePaths.home()), href.apply(SitePaths.search()),
        href.apply(SitePaths.searchIndex()), href.apply(SitePaths.STYLESHEET), href.apply(SitePaths.ICON),
        href.apply(SitePaths.FEED), SitePaths.SCRIPTS.stream().map(href).toList());
  }

  /** The link to the home page, labelled with the archive's title: the first breadcrumb. */
  Link home(String at) {
    return new Link(SitePaths.relative(at, SitePaths.home()), site.title());
  }

  /** The absolute URL of a site path, when the base URL is known. */
  Optional<String> absolute(String path) {
    return site.baseUrl().map(base -> base + path);
  }
}

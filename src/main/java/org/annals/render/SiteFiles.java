package org.annals.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.annals.link.SitePaths;
import org.annals.config.SiteConfig;
import org.annals.diag.Diagnostics;
import org.annals.link.Catalogue;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.PartialDate;
import org.annals.render.view.FeedView;
import org.annals.render.view.NotFoundView;
import org.annals.render.view.SitemapView;

/**
 * The files around the pages: {@code sitemap.xml}, {@code feed.xml} (Atom), {@code robots.txt} and
 * {@code 404.html}. URLs in them are absolute when the base URL is known and relative otherwise.
 * Dates come from the papers, or from {@code SOURCE_DATE_EPOCH}, never from the clock.
 */
public final class SiteFiles {
  private final SiteConfig site;
  private final Templates templates;
  private final Diagnostics diagnostics;
  private final Optional<Instant> sourceDate;

  private final String stylesheet;

  /**
   * @param stylesheet the site's stylesheet, which the 404 page carries when the base URL is not known
   */
  public SiteFiles(SiteConfig site, Templates templates, Diagnostics diagnostics, Optional<Instant> sourceDate,
      String stylesheet) {
    this.site = site;
    this.templates = templates;
    this.diagnostics = diagnostics;
    this.sourceDate = sourceDate;
    this.stylesheet = stylesheet;
  }

  /** The sitemap's limit of URLs per file; beyond it, {@code sitemap.xml} is an index of several. */
  static final int SITEMAP_URLS = 50_000;

  public List<RenderedPage> render(LinkedArchive archive) {
    List<RenderedPage> files = new ArrayList<>();
    List<String> urls = canonicalPages(archive, site.listings()).stream().map(this::url).toList();
    if (urls.size() <= SITEMAP_URLS) {
      templates.render("sitemap.ftlx", new SitemapView(urls), diagnostics)
          .ifPresent(x -> files.add(new RenderedPage(SitePaths.SITEMAP, x)));
    } else {
      List<String> parts = new ArrayList<>();
      for (int from = 0, n = 1; from < urls.size(); from += SITEMAP_URLS, n++) {
        String path = "sitemaps/sitemap-" + n + ".xml";
        templates.render("sitemap.ftlx", new SitemapView(urls.subList(from, Math.min(urls.size(), from + SITEMAP_URLS))),
            diagnostics).ifPresent(x -> files.add(new RenderedPage(path, x)));
        parts.add(url(path));
      }
      templates.render("sitemap-index.ftlx", new SitemapView(parts), diagnostics)
          .ifPresent(x -> files.add(new RenderedPage(SitePaths.SITEMAP, x)));
    }
    List<Paper> newest = archive.papers().stream().map(LinkedPaper::paper).toList();
    templates.render("feed.ftlx", feed(site.title(), site.description(), newest, SitePaths.FEED), diagnostics)
        .ifPresent(x -> files.add(new RenderedPage(SitePaths.FEED, x)));
    for (Catalogue.AuthorEntry author : archive.catalogue().authors()) {
      String path = SitePaths.authorFeed(author.slug());
      templates.render("feed.ftlx", feed(author.name() + " · " + site.title(), "Papers by " + author.name() + ".",
          author.papers(), path), diagnostics).ifPresent(x -> files.add(new RenderedPage(path, x)));
    }
    for (Catalogue.TopicEntry topic : archive.catalogue().topics()) {
      String path = SitePaths.topicFeed(topic.slug());
      templates.render("feed.ftlx", feed(topic.label() + " · " + site.title(), "Papers on " + topic.label() + ".",
          topic.papers(), path), diagnostics).ifPresent(x -> files.add(new RenderedPage(path, x)));
    }
    files.add(new RenderedPage(SitePaths.ROBOTS, "User-agent: *\nAllow: /\n"
        + site.baseUrl().map(base -> "Sitemap: " + base + SitePaths.SITEMAP + "\n").orElse("")));
    templates.render("404.ftlh", notFound(), diagnostics)
        .ifPresent(html -> files.add(new RenderedPage(SitePaths.NOT_FOUND, html)));
    return files;
  }

  /** The 404 page: links from the base URL when known; else its own style and a script to find the root. */
  private NotFoundView notFound() {
    if (site.baseUrl().isPresent()) {
      return new NotFoundView(site.language(), site.title(), site.baseUrl().get(), null, null,
          ContentSecurityPolicy.POLICY);
    }
    return new NotFoundView(site.language(), site.title(), null, stylesheet, ROOT_FINDER,
        ContentSecurityPolicy.allowing(ROOT_FINDER, stylesheet));
  }

  private static final String ROOT_FINDER = resource("/annals/render/root-finder.js");

  private static String resource(String name) {
    try (java.io.InputStream in = SiteFiles.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("missing from the jar: " + name, e);
    }
  }

  /** Every page that is its own canonical version: all but the whole-paper pages. */
  static List<String> canonicalPages(LinkedArchive archive, SiteConfig.Listings listings) {
    List<String> pages = new ArrayList<>(ArchivePages.paths(archive, listings));
    for (LinkedPaper linked : archive.papers()) {
      Paper paper = linked.paper();
      pages.add(SitePaths.paper(paper));
      paper.allSections().forEach(s -> pages.add(SitePaths.section(paper, s)));
      pages.add(SitePaths.references(paper));
    }
    return pages;
  }

  private String url(String path) {
    return site.baseUrl().map(base -> base + path).orElse(path.isEmpty() ? "./" : path);
  }

  /**
   * The feed at {@code path} of the newest of {@code papers} (given newest first), as many as the
   * settings say; its links are relative to the feed's folder when the base URL is not known.
   */
  private FeedView feed(String title, String subtitle, List<Paper> papers, String path) {
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    Optional<PartialDate> newest = papers.stream().map(Paper::date).flatMap(Optional::stream)
        .max(PartialDate::compareTo);
    String updated = sourceDate.map(SiteFiles::rfc3339)
        .or(() -> newest.map(SiteFiles::rfc3339))
        .orElse(rfc3339(Instant.EPOCH));
    List<FeedView.Entry> entries = papers.stream().limit(site.listings().feedPapers()).map(paper -> {
      String published = paper.date().map(SiteFiles::rfc3339).orElse(null);
      return new FeedView.Entry(paper.title(), id("papers/" + paper.slug()), url(SitePaths.paper(paper), folder),
          published != null ? published : updated, published,
          paper.authors().stream().map(Author::name).toList(), paper.keywords(),
          paper.abstractText().text().isEmpty() ? paper.description() : paper.abstractText().text());
    }).toList();
    String self = path.equals(SitePaths.FEED) ? "feed" : path.substring(0, path.length() - ".xml".length());
    return new FeedView(site.language(), title, subtitle, id(self),
        site.baseUrl().map(base -> base + path).orElse(null), url(SitePaths.home(), folder), updated, entries);
  }

  /** A page's URL from a file in {@code folder}: absolute when the base URL is known. */
  private String url(String path, String folder) {
    return site.baseUrl().map(base -> base + path).orElseGet(() -> SitePaths.relative(folder, path));
  }

  /** A permanent id: the URL when the base URL is known, else a name-based UUID of the archive's title and path. */
  private String id(String path) {
    return site.baseUrl().map(base -> base + path)
        .orElseGet(() -> "urn:uuid:" + UUID.nameUUIDFromBytes((site.title() + "/" + path).getBytes(StandardCharsets.UTF_8)));
  }

  static String rfc3339(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC).withNano(0).toInstant());
  }

  static String rfc3339(PartialDate date) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT00:00:00Z", date.year(), date.month().orElse(1),
        date.day().orElse(1));
  }
}

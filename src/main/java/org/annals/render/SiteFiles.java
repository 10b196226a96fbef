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
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.PartialDate;
import org.annals.render.view.FeedView;
import org.annals.render.view.Link;
import org.annals.render.view.PageMeta;
import org.annals.render.view.PlainPageView;
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

  public SiteFiles(SiteConfig site, Templates templates, Diagnostics diagnostics, Optional<Instant> sourceDate) {
    this.site = site;
    this.templates = templates;
    this.diagnostics = diagnostics;
    this.sourceDate = sourceDate;
  }

  public List<RenderedPage> render(LinkedArchive archive) {
    List<RenderedPage> files = new ArrayList<>();
    templates.render("sitemap.ftlx", new SitemapView(canonicalPages(archive).stream().map(this::url).toList()),
        diagnostics).ifPresent(x -> files.add(new RenderedPage(SitePaths.SITEMAP, x)));
    templates.render("feed.ftlx", feed(archive), diagnostics)
        .ifPresent(x -> files.add(new RenderedPage(SitePaths.FEED, x)));
    files.add(new RenderedPage(SitePaths.ROBOTS, "User-agent: *\nAllow: /\n"
        + site.baseUrl().map(base -> "Sitemap: " + base + SitePaths.SITEMAP + "\n").orElse("")));
    String root = site.baseUrl().orElse("./");
    PageMeta meta = new PageMeta(site.language(), site.title(), "Page not found", null,
        "There is no page at this address.", PageMetadata.links(path -> root + path),
        List.of(new Link(root, site.title())), null, "website", List.of(), null);
    templates.render("404.ftlh", new PlainPageView(meta), diagnostics)
        .ifPresent(html -> files.add(new RenderedPage(SitePaths.NOT_FOUND, html)));
    return files;
  }

  /** Every page that is its own canonical version: all but the whole-paper pages. */
  static List<String> canonicalPages(LinkedArchive archive) {
    List<String> pages = new ArrayList<>(List.of(SitePaths.home(), SitePaths.search()));
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

  private FeedView feed(LinkedArchive archive) {
    Optional<PartialDate> newest = archive.papers().stream().map(p -> p.paper().date()).flatMap(Optional::stream)
        .max(PartialDate::compareTo);
    String updated = sourceDate.map(SiteFiles::rfc3339)
        .or(() -> newest.map(SiteFiles::rfc3339))
        .orElse(rfc3339(Instant.EPOCH));
    List<FeedView.Entry> entries = archive.papers().stream().map(linked -> {
      Paper paper = linked.paper();
      String published = paper.date().map(SiteFiles::rfc3339).orElse(null);
      return new FeedView.Entry(paper.title(), id("papers/" + paper.slug()), url(SitePaths.paper(paper)),
          published != null ? published : updated, published,
          paper.authors().stream().map(Author::name).toList(), paper.keywords(),
          paper.abstractText().text().isEmpty() ? paper.description() : paper.abstractText().text());
    }).toList();
    return new FeedView(site.language(), site.title(), site.description(), id("feed"),
        site.baseUrl().map(base -> base + SitePaths.FEED).orElse(null), url(SitePaths.home()), updated, entries);
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

package org.annals.render;

import java.util.List;
import org.annals.config.SiteConfig;
import org.annals.diag.Diagnostics;
import org.annals.link.LinkedArchive;
import org.annals.link.SitePaths;
import org.annals.model.Paper;
import org.annals.model.PartialDate;
import org.annals.render.view.HomeView;
import org.annals.render.view.PageMeta;
import org.annals.render.view.PaperSummaryView;
import org.annals.render.view.PlainPageView;

/** The pages of the archive as a whole: the home page and the search page. */
public final class ArchivePages {
  private final SiteConfig site;
  private final Templates templates;
  private final Diagnostics diagnostics;
  private final PageMetadata metadata;

  public ArchivePages(SiteConfig site, Templates templates, Diagnostics diagnostics) {
    this.site = site;
    this.templates = templates;
    this.diagnostics = diagnostics;
    this.metadata = new PageMetadata(site);
  }

  /** The archive's home page. */
  public List<RenderedPage> home(LinkedArchive archive) {
    String at = SitePaths.home();
    List<PaperSummaryView> papers = archive.papers().stream().map(lp -> {
      Paper p = lp.paper();
      return new PaperSummaryView(SitePaths.relative(at, SitePaths.paper(p)), p.titleHtml(), PaperPages.authorNames(p),
          p.date().map(PartialDate::display).orElse(null), p.date().map(PartialDate::iso).orElse(null),
          p.abstractText().html(), p.description(), p.keywords());
    }).toList();
    PageMeta meta = metadata.of(at, site.title(), null, site.description(), List.of());
    return templates.page(at, "home.ftlh", new HomeView(meta, site.description(), papers), diagnostics);
  }

  /** The search page, whose results the browser fills in from the index. */
  public List<RenderedPage> search() {
    String at = SitePaths.search();
    PageMeta meta = metadata.of(at, "Search", null,
        "Search every paper, section, paragraph and reference of " + site.title() + ".", List.of(metadata.home(at)));
    return templates.page(at, "search.ftlh", new PlainPageView(meta), diagnostics);
  }
}

package org.annals.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.annals.cite.CitationStyles;
import org.annals.cite.CiteItem;
import org.annals.cite.CiteItems;
import org.annals.config.SiteConfig;
import org.annals.diag.Diagnostics;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.link.SitePaths;
import org.annals.model.Author;
import org.annals.model.Citation;
import org.annals.model.CitingSentence;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.PartialDate;
import org.annals.model.Reference;
import org.annals.model.Section;
import org.annals.render.view.AreaView;
import org.annals.render.view.AuthorView;
import org.annals.render.view.CiteBoxView;
import org.annals.render.view.CitedPlace;
import org.annals.render.view.FullPaperView;
import org.annals.render.view.Link;
import org.annals.render.view.PageMeta;
import org.annals.render.view.PaperView;
import org.annals.render.view.ParagraphView;
import org.annals.render.view.ReferenceView;
import org.annals.render.view.ReferencesView;
import org.annals.render.view.SectionBlock;
import org.annals.render.view.SectionPageView;
import org.annals.render.view.TocEntry;

/**
 * The pages of one paper: its front page, one page per section, the whole paper on one page and
 * its references. Pure apart from the templates it reads: pages come back as values.
 */
public final class PaperPages {
  private final SiteConfig site;
  private final Templates templates;
  private final Diagnostics diagnostics;
  private final PageMetadata metadata;

  public PaperPages(SiteConfig site, Templates templates, Diagnostics diagnostics) {
    this.site = site;
    this.templates = templates;
    this.diagnostics = diagnostics;
    this.metadata = new PageMetadata(site);
  }

  /** Every page of one paper. */
  public List<RenderedPage> render(LinkedPaper linked) {
    Paper paper = linked.paper();
    List<RenderedPage> pages = new ArrayList<>(paperPage(linked));
    Map<String, Reference> byCitation = linked.referenceByCitationId();
    List<Section> order = paper.allSections().toList();
    for (int i = 0; i < order.size(); i++) {
      pages.addAll(sectionPage(linked, byCitation, order, i));
    }
    pages.addAll(fullPage(linked, byCitation));
    pages.addAll(referencesPage(linked));
    return pages;
  }

  private List<RenderedPage> paperPage(LinkedPaper linked) {
    Paper paper = linked.paper();
    String at = SitePaths.paper(paper);
    List<AreaView> areas = paper.areas().stream().map(area -> new AreaView(
        SitePaths.relative(at, SitePaths.section(paper, area)), area.number().orElse(null), area.title(),
        area.summary(), area.paragraphs().size(),
        area.paragraphs().stream().mapToInt(p -> p.citations().size()).sum())).toList();
    String areasHeading = paper.areasSection().flatMap(paper::section).map(Section::heading).orElse(null);
    Optional<String> url = metadata.absolute(at);
    PageMeta meta = metadata.of(at, paper.title(), null, paper.abstractText().summary(), List.of(metadata.home(at)),
        at, "article", ScholarlyMetadata.highwire(paper, site, url, metadata.absolute(SitePaths.full(paper))),
        ScholarlyMetadata.jsonLd(paper, site, url));
    CiteItem item = CiteItems.paper(paper, site, url);
    CiteBoxView cite = new CiteBoxView(CitationStyles.apa(item), CitationStyles.chicago(item),
        downloads(at, SitePaths.paperCitation(paper)), downloads(at, SitePaths.referenceList(paper)));
    PaperView view = new PaperView(meta, paper.title(), authors(paper), paper.date().map(PartialDate::display).orElse(null),
        paper.date().map(PartialDate::iso).orElse(null), paper.abstractText().html(), paper.keywords(),
        toc(paper.sections(), at, s -> SitePaths.section(paper, s)), areasHeading, areas,
        SitePaths.relative(at, SitePaths.full(paper)), SitePaths.relative(at, SitePaths.references(paper)),
        paper.references().size(), cite);
    return templates.page(at, "paper.ftlh", view, diagnostics);
  }

  private List<RenderedPage> sectionPage(LinkedPaper linked, Map<String, Reference> byCitation, List<Section> order,
      int index) {
    Paper paper = linked.paper();
    Section section = order.get(index);
    String at = SitePaths.section(paper, section);
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(metadata.home(at));
    crumbs.add(new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title()));
    for (Section ancestor : ancestors(paper, section)) {
      crumbs.add(new Link(SitePaths.relative(at, SitePaths.section(paper, ancestor)), ancestor.heading()));
    }
    String referencesPage = SitePaths.references(paper);
    List<ParagraphView> paragraphs = paragraphs(byCitation, section, c -> SitePaths.relative(at, referencesPage + "#" + c));
    Link previous = index > 0 ? sectionLink(paper, at, order.get(index - 1)) : null;
    Link next = index < order.size() - 1 ? sectionLink(paper, at, order.get(index + 1)) : null;
    PageMeta meta = metadata.of(at, section.heading(), paper.title(),
        section.summary().isEmpty() ? paper.title() : section.summary(), crumbs);
    Set<Integer> cited = new TreeSet<>();
    linked.citations().stream().filter(c -> c.section().slug().equals(section.slug()))
        .forEach(c -> cited.add(c.reference().number()));
    List<ReferenceView> works = paper.references().stream().filter(r -> cited.contains(r.number()))
        .map(r -> referenceView(r, "work-" + r.number(), SitePaths.relative(at, referencesPage + "#" + r.anchor()),
            List.of()))
        .toList();
    SectionPageView view = new SectionPageView(meta, paper.title(), SitePaths.relative(at, SitePaths.paper(paper)),
        section.number().orElse(null), section.title(), paragraphs,
        toc(section.children(), at, s -> SitePaths.section(paper, s)), previous, next,
        SitePaths.relative(at, SitePaths.full(paper) + "#" + section.slug()), works);
    return templates.page(at, "section.ftlh", view, diagnostics);
  }

  private List<RenderedPage> fullPage(LinkedPaper linked, Map<String, Reference> byCitation) {
    Paper paper = linked.paper();
    String at = SitePaths.full(paper);
    List<SectionBlock> blocks = paper.allSections().map(s -> new SectionBlock(s.slug(), Math.min(6, s.level() + 1),
        s.heading(), SitePaths.relative(at, SitePaths.section(paper, s)),
        paragraphs(byCitation, s, anchor -> "#" + anchor))).toList();
    // The whole paper repeats the paper page's content: indexers should count the paper page.
    PageMeta meta = metadata.of(at, "Whole paper", paper.title(), paper.abstractText().summary(), List.of(
        metadata.home(at), new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title())),
        SitePaths.paper(paper), "article", List.of(), null);
    FullPaperView view = new FullPaperView(meta, paper.title(), authors(paper),
        paper.date().map(PartialDate::display).orElse(null), paper.abstractText().html(),
        paper.keywords(), SitePaths.relative(at, SitePaths.paper(paper)),
        toc(paper.sections(), at, s -> SitePaths.full(paper) + "#" + s.slug()), blocks,
        references(linked, (section, paragraph) -> "#" + paragraph.id()));
    return templates.page(at, "full.ftlh", view, diagnostics);
  }

  private List<RenderedPage> referencesPage(LinkedPaper linked) {
    Paper paper = linked.paper();
    String at = SitePaths.references(paper);
    PageMeta meta = metadata.of(at, "References", paper.title(), "The works cited in " + paper.title() + ".", List.of(
        metadata.home(at), new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title())));
    return templates.page(at, "references.ftlh", new ReferencesView(meta, paper.title(),
        SitePaths.relative(at, SitePaths.paper(paper)),
        references(linked, (section, paragraph) ->
            SitePaths.relative(at, SitePaths.section(paper, section) + "#" + paragraph.id())),
        downloads(at, SitePaths.referenceList(paper))), diagnostics);
  }

  private static List<ParagraphView> paragraphs(Map<String, Reference> byCitation, Section section,
      Function<String, String> hrefOfAnchor) {
    return section.paragraphs().stream().map(p -> new ParagraphView(p.id(),
        CitationLinks.link(p, c -> citationTag(c, byCitation.get(c.id()), hrefOfAnchor)))).toList();
  }

  private static String citationTag(Citation citation, Reference reference, Function<String, String> hrefOfAnchor) {
    return "<a class=\"citation\" id=\"" + citation.id() + "\" href=\"" + hrefOfAnchor.apply(reference.anchor())
        + "\" data-ref=\"" + reference.number() + "\">";
  }

  private static List<ReferenceView> references(LinkedPaper linked,
      BiFunction<Section, Paragraph, String> hrefOfParagraph) {
    return linked.paper().references().stream().map(r -> {
      List<CitedPlace> places = new ArrayList<>();
      for (ResolvedCitation c : linked.citationsOf(r)) {
        Paragraph p = c.paragraph();
        String label = c.section().number().orElse(c.section().title()) + " ¶" + paragraphNumber(c.section(), p);
        CitingSentence sentence = c.citation().sentence();
        places.add(new CitedPlace(hrefOfParagraph.apply(c.section(), p), label, sentence.before(), sentence.cited(),
            sentence.after()));
      }
      return referenceView(r, r.anchor(), null, places);
    }).toList();
  }

  /** The 1-based place of a paragraph among its section's own paragraphs. */
  private static int paragraphNumber(Section section, Paragraph paragraph) {
    for (int i = 0; i < section.paragraphs().size(); i++) {
      if (section.paragraphs().get(i).id().equals(paragraph.id())) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(paragraph.id() + " is not in section " + section.slug());
  }

  private static ReferenceView referenceView(Reference r, String id, String entryHref, List<CitedPlace> places) {
    return new ReferenceView(id, r.number(), r.authorLine(), r.year() + r.yearSuffix(), r.title(),
        r.published().orElse(null), r.publishedDate().map(PartialDate::iso).orElse(null), r.url().orElse(null),
        entryHref, places);
  }

  private static List<TocEntry> toc(List<Section> sections, String at, Function<Section, String> target) {
    return sections.stream().map(s -> new TocEntry(SitePaths.relative(at, target.apply(s)), s.number().orElse(null),
        s.title(), toc(s.children(), at, target))).toList();
  }

  /** Links to the BibTeX, RIS and CSL-JSON files whose path is {@code stem} plus the extension. */
  private static List<Link> downloads(String at, String stem) {
    return List.of(new Link(SitePaths.relative(at, stem + ".bib"), "BibTeX"),
        new Link(SitePaths.relative(at, stem + ".ris"), "RIS"),
        new Link(SitePaths.relative(at, stem + ".json"), "CSL-JSON"));
  }

  private static Link sectionLink(Paper paper, String at, Section section) {
    return new Link(SitePaths.relative(at, SitePaths.section(paper, section)), section.heading());
  }

  /** The sections that hold {@code section}, outermost first; sections are told apart by their slugs. */
  private static List<Section> ancestors(Paper paper, Section section) {
    List<Section> path = new ArrayList<>();
    for (Section root : paper.sections()) {
      if (pathTo(root, section.slug(), path)) {
        path.remove(path.size() - 1);
        return path;
      }
    }
    return List.of();
  }

  private static boolean pathTo(Section from, String slug, List<Section> path) {
    path.add(from);
    if (from.slug().equals(slug)) {
      return true;
    }
    for (Section child : from.children()) {
      if (pathTo(child, slug, path)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }

  private static List<AuthorView> authors(Paper paper) {
    return paper.authors().stream().map(a -> new AuthorView(a.name(), a.affiliation().orElse(null))).toList();
  }

  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  static String authorNames(Paper paper) {
    List<String> names = paper.authors().stream().map(Author::name).toList();
    if (names.size() <= 2) {
      return String.join(" and ", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}

package org.annals.render;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.annals.link.SitePaths;
import org.annals.config.SiteConfig;
import org.annals.content.Markdown;
import org.annals.diag.Diagnostics;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.model.Author;
import org.annals.model.Citation;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.PartialDate;
import org.annals.model.Reference;
import org.annals.model.Section;
import org.annals.render.view.AreaView;
import org.annals.cite.CitationStyles;
import org.annals.cite.CiteItem;
import org.annals.cite.CiteItems;
import org.annals.render.view.AuthorView;
import org.annals.render.view.CiteBoxView;
import org.annals.render.view.MetaTag;
import org.annals.render.view.CitedPlace;
import org.annals.render.view.FullPaperView;
import org.annals.render.view.HomeView;
import org.annals.render.view.Link;
import org.annals.render.view.PageMeta;
import org.annals.render.view.PlainPageView;
import org.annals.render.view.PaperSummaryView;
import org.annals.render.view.PaperView;
import org.annals.render.view.ParagraphView;
import org.annals.render.view.ReferenceView;
import org.annals.render.view.ReferencesView;
import org.annals.render.view.SectionBlock;
import org.annals.render.view.SectionPageView;
import org.annals.render.view.TocEntry;

/**
 * Builds the view records of every page and renders them through the templates. Pure apart from
 * the templates it reads: pages come back as values for the {@code site} stage to write.
 */
public final class PageRenderer {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}“\"])");
  private static final int SUMMARY_LIMIT = 220;

  private final SiteConfig site;
  private final Templates templates;
  private final Diagnostics diagnostics;

  public PageRenderer(SiteConfig site, Templates templates, Diagnostics diagnostics) {
    this.site = site;
    this.templates = templates;
    this.diagnostics = diagnostics;
  }

  /** The archive's home page. */
  public List<RenderedPage> renderHome(LinkedArchive archive) {
    String at = SitePaths.home();
    List<PaperSummaryView> papers = archive.papers().stream().map(lp -> {
      Paper p = lp.paper();
      return new PaperSummaryView(SitePaths.relative(at, SitePaths.paper(p)), p.title(), authorNames(p),
          p.date().map(PartialDate::display).orElse(null), p.date().map(PartialDate::iso).orElse(null),
          MarkdownHtml.render(p.abstractText()), p.keywords());
    }).toList();
    PageMeta meta = meta(at, site.title(), null, site.description(), List.of());
    return page(at, "home.ftlh", new HomeView(meta, site.description(), papers));
  }

  /** The search page, whose results the browser fills in from the index. */
  public List<RenderedPage> renderSearch() {
    String at = SitePaths.search();
    PageMeta meta = meta(at, "Search", null, "Search every paper, section, paragraph and reference of " + site.title() + ".",
        List.of(new Link(SitePaths.relative(at, SitePaths.home()), site.title())));
    return page(at, "search.ftlh", new PlainPageView(meta));
  }

  /** Every page of one paper: its front page, one page per section, the whole paper, the references. */
  public List<RenderedPage> renderPaper(LinkedPaper linked) {
    Paper paper = linked.paper();
    List<RenderedPage> pages = new ArrayList<>();
    pages.addAll(paperPage(linked));
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
        summary(area), area.paragraphs().size(),
        (int) area.paragraphs().stream().mapToLong(p -> p.citations().size()).sum())).toList();
    String areasHeading = paper.areasSection().flatMap(paper::section).map(Section::heading).orElse(null);
    Optional<String> url = absolute(at);
    PageMeta meta = meta(at, paper.title(), null, firstSentence(MarkdownHtml.plainText(paper.abstractText())),
        List.of(new Link(SitePaths.relative(at, SitePaths.home()), site.title())), at, "article",
        ScholarlyMetadata.highwire(paper, site, url, absolute(SitePaths.full(paper))),
        ScholarlyMetadata.jsonLd(paper, site, url));
    CiteItem item = CiteItems.paper(paper, site, url);
    CiteBoxView cite = new CiteBoxView(CitationStyles.apa(item), CitationStyles.chicago(item),
        downloads(at, SitePaths.paperCitation(paper)), downloads(at, SitePaths.referenceList(paper)));
    PaperView view = new PaperView(meta, paper.title(), authors(paper), paper.date().map(PartialDate::display).orElse(null),
        paper.date().map(PartialDate::iso).orElse(null), MarkdownHtml.render(paper.abstractText()), paper.keywords(),
        toc(paper, paper.sections(), at, s -> SitePaths.section(paper, s)), areasHeading, areas,
        SitePaths.relative(at, SitePaths.full(paper)), SitePaths.relative(at, SitePaths.references(paper)),
        paper.references().size(), cite);
    return page(at, "paper.ftlh", view);
  }

  private List<RenderedPage> sectionPage(LinkedPaper linked, Map<String, Reference> byCitation, List<Section> order,
      int index) {
    Paper paper = linked.paper();
    Section section = order.get(index);
    String at = SitePaths.section(paper, section);
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link(SitePaths.relative(at, SitePaths.home()), site.title()));
    crumbs.add(new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title()));
    for (Section ancestor : ancestors(paper, section)) {
      crumbs.add(new Link(SitePaths.relative(at, SitePaths.section(paper, ancestor)), ancestor.heading()));
    }
    String referencesPage = SitePaths.references(paper);
    List<ParagraphView> paragraphs = paragraphs(linked, byCitation, section,
        c -> SitePaths.relative(at, referencesPage + "#" + c));
    Link previous = index > 0 ? sectionLink(paper, at, order.get(index - 1)) : null;
    Link next = index < order.size() - 1 ? sectionLink(paper, at, order.get(index + 1)) : null;
    PageMeta meta = meta(at, section.heading(), paper.title(), firstSentence(section.paragraphs().isEmpty() ? paper.title()
        : MarkdownHtml.plainText(section.paragraphs().get(0).markdown())), crumbs);
    java.util.Set<Integer> cited = new java.util.TreeSet<>();
    linked.citations().stream().filter(c -> c.section() == section).forEach(c -> cited.add(c.reference().number()));
    List<ReferenceView> works = paper.references().stream().filter(r -> cited.contains(r.number()))
        .map(r -> referenceView(r, "work-" + r.number(), SitePaths.relative(at, referencesPage + "#" + r.anchor()),
            List.of()))
        .toList();
    SectionPageView view = new SectionPageView(meta, paper.title(), SitePaths.relative(at, SitePaths.paper(paper)),
        section.number().orElse(null), section.title(), paragraphs,
        toc(paper, section.children(), at, s -> SitePaths.section(paper, s)), previous, next,
        SitePaths.relative(at, SitePaths.full(paper) + "#" + section.slug()), works);
    return page(at, "section.ftlh", view);
  }

  private List<RenderedPage> fullPage(LinkedPaper linked, Map<String, Reference> byCitation) {
    Paper paper = linked.paper();
    String at = SitePaths.full(paper);
    List<SectionBlock> blocks = paper.allSections().map(s -> new SectionBlock(s.slug(), Math.min(6, s.level() + 1),
        s.heading(), SitePaths.relative(at, SitePaths.section(paper, s)),
        paragraphs(linked, byCitation, s, anchor -> "#" + anchor))).toList();
    // The whole paper repeats the paper page's content: indexers should count the paper page.
    PageMeta meta = meta(at, "Whole paper", paper.title(), firstSentence(MarkdownHtml.plainText(paper.abstractText())), List.of(
        new Link(SitePaths.relative(at, SitePaths.home()), site.title()),
        new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title())), SitePaths.paper(paper), "article",
        List.of(), null);
    FullPaperView view = new FullPaperView(meta, paper.title(), authors(paper),
        paper.date().map(PartialDate::display).orElse(null), MarkdownHtml.render(paper.abstractText()),
        paper.keywords(), SitePaths.relative(at, SitePaths.paper(paper)),
        toc(paper, paper.sections(), at, s -> SitePaths.full(paper) + "#" + s.slug()), blocks,
        references(linked, (section, paragraph) -> "#" + paragraph.id()));
    return page(at, "full.ftlh", view);
  }

  private List<RenderedPage> referencesPage(LinkedPaper linked) {
    Paper paper = linked.paper();
    String at = SitePaths.references(paper);
    PageMeta meta = meta(at, "References", paper.title(), "The works cited in " + paper.title() + ".", List.of(
        new Link(SitePaths.relative(at, SitePaths.home()), site.title()),
        new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title())));
    return page(at, "references.ftlh", new ReferencesView(meta, paper.title(),
        SitePaths.relative(at, SitePaths.paper(paper)),
        references(linked, (section, paragraph) ->
            SitePaths.relative(at, SitePaths.section(paper, section) + "#" + paragraph.id()))));
  }

  private List<ParagraphView> paragraphs(LinkedPaper linked, Map<String, Reference> byCitation, Section section,
      Function<String, String> hrefOfAnchor) {
    return section.paragraphs().stream().map(p -> new ParagraphView(p.id(), MarkdownHtml.block(p.markdown(),
        p.citations(), linked.paper().linkDefinitions(), c -> citationTag(c, byCitation.get(c.id()), hrefOfAnchor))))
        .toList();
  }

  private static String citationTag(Citation citation, Reference reference, Function<String, String> hrefOfAnchor) {
    return "<a class=\"citation\" id=\"" + citation.id() + "\" href=\"" + hrefOfAnchor.apply(reference.anchor())
        + "\" data-ref=\"" + reference.number() + "\">";
  }

  private static List<ReferenceView> references(LinkedPaper linked,
      java.util.function.BiFunction<Section, Paragraph, String> hrefOfParagraph) {
    Paper paper = linked.paper();
    return paper.references().stream().map(r -> {
      List<CitedPlace> places = new ArrayList<>();
      for (ResolvedCitation c : linked.citationsOf(r)) {
        Paragraph p = c.paragraph();
        int index = c.section().paragraphs().indexOf(p) + 1;
        String label = c.section().number().orElse(c.section().title()) + " ¶" + index;
        MarkdownHtml.CitingSentence sentence = MarkdownHtml.sentenceOf(p.markdown(), c.citation());
        places.add(new CitedPlace(hrefOfParagraph.apply(c.section(), p), label, sentence.before(), sentence.cited(),
            sentence.after()));
      }
      return referenceView(r, r.anchor(), null, places);
    }).toList();
  }

  private static ReferenceView referenceView(Reference r, String id, String entryHref, List<CitedPlace> places) {
    return new ReferenceView(id, r.number(), r.authorLine(), r.year() + r.yearSuffix(), r.title(),
        r.published().orElse(null), r.publishedDate().map(PartialDate::iso).orElse(null), r.url().orElse(null),
        entryHref, places);
  }

  private List<TocEntry> toc(Paper paper, List<Section> sections, String at, Function<Section, String> target) {
    return sections.stream().map(s -> new TocEntry(SitePaths.relative(at, target.apply(s)), s.number().orElse(null),
        s.title(), toc(paper, s.children(), at, target))).toList();
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

  private static List<Section> ancestors(Paper paper, Section section) {
    List<Section> path = new ArrayList<>();
    for (Section root : paper.sections()) {
      if (pathTo(root, section, path)) {
        path.remove(path.size() - 1);
        return path;
      }
    }
    return List.of();
  }

  private static boolean pathTo(Section from, Section target, List<Section> path) {
    path.add(from);
    if (from == target) {
      return true;
    }
    for (Section child : from.children()) {
      if (pathTo(child, target, path)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }

  private PageMeta meta(String at, String title, String within, String description, List<Link> crumbs) {
    return meta(at, title, within, description, crumbs, at,
        at.isEmpty() || at.equals(SitePaths.search()) ? "website" : "article", List.of(), null);
  }

  /** The layout's values; {@code canonicalPath} is the page that indexers should count this one as. */
  private PageMeta meta(String at, String title, String within, String description, List<Link> crumbs,
      String canonicalPath, String ogType, List<MetaTag> tags, String jsonLd) {
    return new PageMeta(site.language(), site.title(), title, within, description, SitePaths.root(at),
        SitePaths.relative(at, SitePaths.STYLESHEET), crumbs, absolute(canonicalPath).orElse(null), ogType, tags,
        jsonLd);
  }

  /** The absolute URL of a site path, when the base URL is known. */
  private Optional<String> absolute(String path) {
    return site.baseUrl().map(base -> base + path);
  }

  private List<RenderedPage> page(String at, String template, Object view) {
    Optional<String> html = templates.render(template, view, diagnostics);
    return html.map(h -> List.of(new RenderedPage(SitePaths.file(at), h))).orElse(List.of());
  }

  private static List<AuthorView> authors(Paper paper) {
    return paper.authors().stream().map(a -> new AuthorView(a.name(), a.affiliation().orElse(null))).toList();
  }

  private static String authorNames(Paper paper) {
    List<String> names = paper.authors().stream().map(Author::name).toList();
    if (names.size() <= 2) {
      return String.join(" and ", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** The first sentence of the first prose paragraph of a section, skipping tables and code. */
  private static String summary(Section area) {
    for (Paragraph block : area.paragraphs()) {
      for (com.vladsch.flexmark.util.ast.Node node : Markdown.PARSER.parse(block.markdown()).getDescendants()) {
        if (node instanceof com.vladsch.flexmark.ast.Paragraph prose) {
          String text = new TextCollectingVisitor().collectAndGetText(prose).replaceAll("\\s+", " ").strip();
          if (!text.isEmpty()) {
            return firstSentence(text);
          }
        }
      }
    }
    return "";
  }

  static String firstSentence(String text) {
    String[] sentences = SENTENCE_END.split(text, 2);
    String first = sentences.length == 0 ? "" : sentences[0];
    if (first.length() <= SUMMARY_LIMIT) {
      return first;
    }
    int cut = first.lastIndexOf(' ', SUMMARY_LIMIT);
    return first.substring(0, cut > 0 ? cut : SUMMARY_LIMIT) + "…";
  }
}

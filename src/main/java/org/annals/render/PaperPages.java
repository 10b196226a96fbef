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
import org.annals.cite.CslProcessor;
import org.annals.cite.CiteItem;
import org.annals.cite.CiteItems;
import org.annals.config.SiteConfig;
import org.annals.diag.Diagnostics;
import org.annals.link.Catalogue;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.link.SitePaths;
import org.annals.model.Author;
import org.annals.model.Citation;
import org.annals.model.CrossReference;
import org.annals.model.Label;
import org.annals.model.CitingSentence;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.PartialDate;
import org.annals.model.Reference;
import org.annals.model.Section;
import org.annals.render.view.AreaView;
import org.annals.render.view.AreasView;
import org.annals.render.view.PaperHeadView;
import org.annals.render.view.AuthorView;
import org.annals.render.view.CiteBoxView;
import org.annals.render.view.CitedPlace;
import org.annals.render.view.FootnoteView;
import org.annals.render.view.FullPaperView;
import org.annals.render.view.Link;
import org.annals.render.view.PageMeta;
import org.annals.render.view.PaperView;
import org.annals.render.view.ParagraphView;
import org.annals.render.view.PublicationView;
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
  private static final java.util.regex.Pattern ENDS_WITH_DIGIT = java.util.regex.Pattern.compile(".*\\d");

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

  /** Every page of one paper, linked into the archive that {@code catalogue} describes. */
  public List<RenderedPage> render(LinkedPaper linked, Catalogue catalogue) {
    Paper paper = linked.paper();
    Context context = new Context(linked, paper.citesByKey()
        ? Optional.of(CslProcessor.format(linked, paper.style().orElse(site.style()))) : Optional.empty(), catalogue,
        parents(paper));
    List<RenderedPage> pages = new ArrayList<>(paperPage(context));
    List<Section> order = paper.allSections().toList();
    for (int i = 0; i < order.size(); i++) {
      pages.addAll(sectionPage(context, order, i));
    }
    pages.addAll(fullPage(context));
    pages.addAll(referencesPage(context));
    return pages;
  }

  /**
   * What every page of a paper draws on.
   *
   * @param linked the paper, resolved
   * @param formatted its citations and bibliography as the citation style formats them, for a paper that cites by key
   * @param catalogue the archive the paper is in
   */
  /**
   * @param parents each section's parent by slug (top-level sections have none), for contents that
   *     show the way to a section
   */
  private record Context(LinkedPaper linked, Optional<CslProcessor.Result> formatted, Catalogue catalogue,
      Map<String, Section> parents) {
    Paper paper() {
      return linked.paper();
    }
  }

  private List<RenderedPage> paperPage(Context context) {
    Paper paper = context.paper();
    String at = SitePaths.paper(paper);
    List<AreaView> areas = areaViews(paper, at, null);
    String areasHeading = paper.areasSection().flatMap(paper::section).map(Section::heading).orElse(null);
    Optional<String> url = metadata.absolute(at);
    PageMeta meta = metadata.of(at, paper.title(), null, paper.description(), List.of(metadata.home(at)),
        at, "article", ScholarlyMetadata.highwire(paper, site, url, metadata.absolute(SitePaths.full(paper))),
        ScholarlyMetadata.jsonLd(paper, site, url));
    PaperHeadView head = head(context, at);
    CiteBoxView cite = head.cite();
    Catalogue catalogue = context.catalogue();
    PaperView view = new PaperView(meta, paper.title(), paper.titleHtml(), authors(catalogue, paper, at),
        paper.date().map(PartialDate::display).orElse(null), paper.date().map(PartialDate::iso).orElse(null),
        paper.abstractText().html(), ArchiveLinks.keywords(catalogue, paper, at),
        toc(paper.sections(), at, s -> SitePaths.section(paper, s)), areasHeading, areas,
        SitePaths.relative(at, SitePaths.full(paper)), SitePaths.relative(at, SitePaths.references(paper)),
        paper.references().size(), cite, publication(paper),
        catalogue.citedBy(paper).stream().map(p -> ArchiveLinks.summary(catalogue, p, at, false)).toList(),
        catalogue.related(paper).stream().map(p -> ArchiveLinks.summary(catalogue, p, at, false)).toList(),
        head, paper.allSections().findFirst().map(s -> SitePaths.relative(at, SitePaths.section(paper, s)))
            .orElse(SitePaths.relative(at, SitePaths.full(paper))));
    return templates.page(at, "paper.ftlh", view, diagnostics);
  }

  private List<RenderedPage> sectionPage(Context context, List<Section> order, int index) {
    LinkedPaper linked = context.linked();
    Paper paper = linked.paper();
    Section section = order.get(index);
    String at = SitePaths.section(paper, section);
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(metadata.home(at));
    crumbs.add(new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title()));
    for (Section ancestor : ancestors(context, section)) {
      crumbs.add(new Link(SitePaths.relative(at, SitePaths.section(paper, ancestor)), ancestor.heading()));
    }
    String referencesPage = SitePaths.references(paper);
    List<ParagraphView> paragraphs = paragraphs(context, section, at, false);
    Link previous = index > 0 ? sectionLink(paper, at, order.get(index - 1)) : null;
    Link next = index < order.size() - 1 ? sectionLink(paper, at, order.get(index + 1)) : null;
    PageMeta meta = metadata.of(at, section.heading(), paper.title(),
        section.summary().isEmpty() ? paper.title() : section.summary(), crumbs);
    Set<Integer> cited = new TreeSet<>();
    linked.citations().stream().filter(c -> c.section().slug().equals(section.slug()))
        .forEach(c -> cited.add(c.reference().number()));
    List<ReferenceView> works = bibliographyOrder(context).stream().filter(r -> cited.contains(r.number()))
        .map(r -> referenceView(context, at, r, "work-" + r.number(),
            SitePaths.relative(at, referencesPage + "#" + r.anchor()), List.of()))
        .toList();
    SectionPageView view = new SectionPageView(meta, paper.title(), SitePaths.relative(at, SitePaths.paper(paper)),
        section.number().orElse(null), section.title(), paragraphs,
        toc(section.children(), at, s -> SitePaths.section(paper, s)), previous, next,
        SitePaths.relative(at, SitePaths.full(paper) + "#" + section.slug()), works,
        footnotes(context, section.paragraphs(), at, false), head(context, at),
        sectionContents(context, section, at), areas(paper, section, at));
    return templates.page(at, "section.ftlh", view, diagnostics);
  }

  private List<RenderedPage> fullPage(Context context) {
    Paper paper = context.paper();
    String at = SitePaths.full(paper);
    List<SectionBlock> blocks = paper.allSections().map(s -> new SectionBlock(s.slug(), Math.min(6, s.level() + 1),
        s.heading(), SitePaths.relative(at, SitePaths.section(paper, s)), paragraphs(context, s, at, true))).toList();
    // The whole paper repeats the paper page's content: indexers should count the paper page.
    PageMeta meta = metadata.of(at, "Whole paper", paper.title(), paper.description(), List.of(
        metadata.home(at), new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title())),
        SitePaths.paper(paper), "article", List.of(), null);
    FullPaperView view = new FullPaperView(meta, paper.title(), paper.titleHtml(),
        authors(context.catalogue(), paper, at),
        paper.date().map(PartialDate::display).orElse(null), paper.abstractText().html(),
        ArchiveLinks.keywords(context.catalogue(), paper, at), SitePaths.relative(at, SitePaths.paper(paper)),
        toc(paper.sections(), at, s -> SitePaths.full(paper) + "#" + s.slug()), blocks,
        references(context, at, (section, paragraph) -> "#" + paragraph.id()),
        footnotes(context, paper.allSections().flatMap(s -> s.paragraphs().stream()).toList(), at, true),
        head(context, at));
    return templates.page(at, "full.ftlh", view, diagnostics);
  }

  private List<RenderedPage> referencesPage(Context context) {
    Paper paper = context.paper();
    String at = SitePaths.references(paper);
    PageMeta meta = metadata.of(at, "References", paper.title(), "The works cited in " + paper.title() + ".", List.of(
        metadata.home(at), new Link(SitePaths.relative(at, SitePaths.paper(paper)), paper.title())));
    return templates.page(at, "references.ftlh", new ReferencesView(meta, paper.title(),
        SitePaths.relative(at, SitePaths.paper(paper)),
        references(context, at, (section, paragraph) ->
            SitePaths.relative(at, SitePaths.section(paper, section) + "#" + paragraph.id())),
        downloads(at, SitePaths.referenceList(paper)), head(context, at)), diagnostics);
  }

  /** A section's paragraphs for the page at {@code at}: each span a link, figures from the paper's folder. */
  private List<ParagraphView> paragraphs(Context context, Section section, String at, boolean wholePaper) {
    String where = section.number().orElse(section.title());
    List<ParagraphView> views = new ArrayList<>();
    for (int i = 0; i < section.paragraphs().size(); i++) {
      Paragraph p = section.paragraphs().get(i);
      views.add(new ParagraphView(p.id(), linkedHtml(context, p, at, wholePaper),
          "Link to paragraph " + where + " ¶" + (i + 1)));
    }
    return views;
  }

  /** A block's HTML for the page at {@code at}: each span a link, figures from the paper's folder. */
  private String linkedHtml(Context context, Paragraph p, String at, boolean wholePaper) {
    Paper paper = context.paper();
    Map<String, Reference> byCitation = context.linked().referenceByCitationId();
    String referencesPage = SitePaths.references(paper);
    java.util.function.Function<String, String> hrefOfAnchor = wholePaper ? anchor -> "#" + anchor
        : anchor -> SitePaths.relative(at, referencesPage + "#" + anchor);
    String folder = SitePaths.relative(at, SitePaths.paper(paper));
    // Each span's citations and cross-reference, found once: a paragraph may hold thousands.
    Map<Integer, List<Citation>> citesBySpan = new java.util.HashMap<>();
    p.citations().forEach(c -> citesBySpan.computeIfAbsent(c.span(), k -> new java.util.ArrayList<>()).add(c));
    Map<Integer, CrossReference> crossBySpan = new java.util.HashMap<>();
    p.crossReferences().forEach(x -> crossBySpan.putIfAbsent(x.span(), x));
    return CitationLinks.link(p, new CitationLinks.Spans() {
      @Override
      public String replacement(int span) {
        CrossReference x = crossBySpan.get(span);
        if (x != null) {
          return crossReference(paper, x, at, wholePaper);
        }
        List<Citation> cites = citesBySpan.getOrDefault(span, List.of());
        if (cites.isEmpty() || !cites.get(0).byKey()) {
          return null;
        }
        List<CslProcessor.Part> parts = context.formatted().map(f -> f.spans().get(
            CslProcessor.spanKey(p.id(), span))).orElse(List.of());
        StringBuilder html = new StringBuilder();
        for (CslProcessor.Part part : parts) {
          Optional<Citation> cite = part.key().flatMap(k -> cites.stream()
              .filter(c -> c.key().get().equals(k)).findFirst());
          if (cite.isPresent()) {
            html.append(citationTag(cite.get(), byCitation.get(cite.get().id()), hrefOfAnchor))
                .append(part.html()).append("</a>");
          } else {
            html.append(part.html());
          }
        }
        return html.toString();
      }

      @Override
      public String openTag(int span) {
        Citation cite = citesBySpan.get(span).get(0);
        return citationTag(cite, byCitation.get(cite.id()), hrefOfAnchor);
      }
    }, folder);
  }

  /** A cross-reference as a link to the figure, table or equation it names. */
  private static String crossReference(Paper paper, CrossReference x, String at, boolean wholePaper) {
    Label label = paper.labels().get(x.label());
    String href = wholePaper ? "#" + label.label() : paper.allSections()
        .filter(s -> s.slug().equals(label.section())).findFirst()
        .map(s -> SitePaths.relative(at, SitePaths.section(paper, s) + "#" + label.label()))
        .orElse("#" + label.label());
    String text = switch (x.form()) {
      case NAME -> label.name();
      case NUMBER -> Integer.toString(label.number());
      case PARENTHESISED -> "(" + label.number() + ")";
    };
    return "<a class=\"xref\" href=\"" + href + "\">" + text + "</a>";
  }

  /** The footnotes the paragraphs refer to, each linking back to its places among them. */
  private List<FootnoteView> footnotes(Context context, List<Paragraph> paragraphs, String at, boolean wholePaper) {
    Paper paper = context.paper();
    Map<Integer, List<Link>> places = new java.util.TreeMap<>();
    for (Paragraph p : paragraphs) {
      for (Paragraph.FootnoteReference ref : p.footnotes()) {
        List<Link> links = places.computeIfAbsent(ref.number(), n -> new ArrayList<>());
        links.add(new Link("#" + ref.id(), links.isEmpty() ? "Back to the text" : "Back to reference " + (links.size() + 1)));
      }
    }
    List<FootnoteView> views = new ArrayList<>();
    for (org.annals.model.Footnote footnote : paper.footnotes()) {
      List<Link> backlinks = places.get(footnote.number());
      if (backlinks != null) {
        views.add(new FootnoteView(footnote.anchor(), footnote.number(),
            linkedHtml(context, footnote.paragraph(), at, wholePaper), backlinks));
      }
    }
    return views;
  }

  private static String citationTag(Citation citation, Reference reference, Function<String, String> hrefOfAnchor) {
    return "<a class=\"citation\" id=\"" + citation.id() + "\" href=\"" + hrefOfAnchor.apply(reference.anchor())
        + "\" data-ref=\"" + reference.number() + "\">";
  }

  /** The references in the order the page lists them: the citation style's, or the reference list's. */
  private static List<Reference> bibliographyOrder(Context context) {
    List<Reference> references = context.paper().references();
    if (context.formatted().isEmpty()) {
      return references;
    }
    Map<String, Reference> byKey = new java.util.HashMap<>();
    references.forEach(r -> byKey.put(r.key(), r));
    List<Reference> ordered = new ArrayList<>();
    context.formatted().get().order().stream().map(byKey::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
    references.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add);
    return ordered;
  }

  private static List<ReferenceView> references(Context context, String at,
      BiFunction<Section, Paragraph, String> hrefOfParagraph) {
    LinkedPaper linked = context.linked();
    return bibliographyOrder(context).stream().map(r -> {
      List<CitedPlace> places = new ArrayList<>();
      for (ResolvedCitation c : linked.citationsOf(r)) {
        Paragraph p = c.paragraph();
        String label = c.section().number().orElse(c.section().title()) + (p.id().startsWith("p-")
            ? " ¶" + paragraphNumber(c.section(), p) : " note " + p.id().substring(p.id().lastIndexOf('-') + 1));
        CitingSentence sentence = c.citation().sentence();
        places.add(new CitedPlace(hrefOfParagraph.apply(c.section(), p), label, sentence.before(), sentence.cited(),
            sentence.after()));
      }
      return referenceView(context, at, r, r.anchor(), null, places);
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

  private static ReferenceView referenceView(Context context, String at, Reference r, String id, String entryHref,
      List<CitedPlace> places) {
    String formatted = context.formatted().map(f -> f.entries().get(r.key())).orElse(null);
    Optional<Catalogue.WorkEntry> work = context.catalogue().workOf(r);
    Optional<Paper> inArchive = context.catalogue().archivePaperOf(r);
    return new ReferenceView(id, r.number(), r.authorLine(), r.yearLabel(), r.title(),
        r.published().orElse(null), r.publishedDate().map(PartialDate::iso).orElse(null), r.url().orElse(null),
        details(r), r.doiUrl().orElse(null), formatted, entryHref, places,
        work.map(w -> SitePaths.relative(at, SitePaths.work(w.slug(), 1))).orElse(null),
        work.map(w -> w.citing().size()).orElse(0),
        inArchive.map(p -> SitePaths.relative(at, SitePaths.paper(p))).orElse(null),
        inArchive.map(Paper::title).orElse(null));
  }

  /** {@code Journal of Things, 12(3), 45–67. Publisher. 2nd ed.}, or null when the entry gives none of it. */
  static String details(Reference r) {
    StringBuilder line = new StringBuilder();
    r.container().ifPresent(line::append);
    if (r.volume().isPresent()) {
      line.append(line.length() > 0 ? ", " : "").append(r.volume().get());
      r.issue().ifPresent(i -> line.append('(').append(i).append(')'));
    } else {
      r.issue().ifPresent(i -> line.append(line.length() > 0 ? ", " : "").append("no. ").append(i));
    }
    r.pages().ifPresent(p -> line.append(line.length() > 0 ? ", " : "").append(p.replace("-", "–")));
    r.edition().ifPresent(e -> line.append(line.length() > 0 ? ". " : "").append(e).append(ENDS_WITH_DIGIT.matcher(e).matches() ? " ed" : ""));
    r.publisher().ifPresent(p -> line.append(line.length() > 0 ? ". " : "").append(p));
    return line.length() == 0 ? null : line.toString();
  }

  private static PublicationView publication(Paper paper) {
    org.annals.model.Publication p = paper.publication();
    if (p.equals(org.annals.model.Publication.NONE)) {
      return null;
    }
    String venue = p.venue().map(v -> v + p.volume().map(vol -> ", " + vol + p.issue().map(i -> "(" + i + ")").orElse(""))
        .orElse("")).orElse(null);
    return new PublicationView(p.doi().orElse(null), p.doiUrl().orElse(null), venue, p.license().orElse(null),
        p.version().orElse(null));
  }

  /** Contents linking each section, with all its subsections, by {@code target}. */
  private static List<TocEntry> toc(List<Section> sections, String at, Function<Section, String> target) {
    return sections.stream().map(s -> new TocEntry(SitePaths.relative(at, target.apply(s)), s.number().orElse(null),
        s.title(), toc(s.children(), at, target), false)).toList();
  }

  /** Beyond this many sections a section page's contents show only the way to it and its neighbours. */
  static final int WHOLE_CONTENTS_LIMIT = 80;
  /** How many sections either side of the way to the current section a long paper's contents show. */
  private static final int NEIGHBOURS = 6;

  /**
   * The contents beside a section: every top-level section, and the subsections of those on the
   * way to this one (its own among them), as a book's running contents show the chapter the reader
   * is in; the whole contents are on the paper page and the whole-paper page. A paper of more than
   * {@link #WHOLE_CONTENTS_LIMIT} sections shows, at each level, only a few either side of the way
   * and a link to the whole contents, so that a page's size does not grow with the paper's.
   */
  private static List<TocEntry> sectionContents(Context context, Section current, String at) {
    Paper paper = context.paper();
    Function<Section, String> target = s -> SitePaths.section(paper, s);
    java.util.Set<String> way = new java.util.HashSet<>();
    for (Section s = current; s != null; s = context.parents().get(s.slug())) {
      way.add(s.slug());
    }
    if (context.parents().size() <= WHOLE_CONTENTS_LIMIT) {
      return alongTheWay(paper.sections(), way, current, at, target);
    }
    List<TocEntry> entries = new ArrayList<>(windowed(paper.sections(), way, current, at, target));
    entries.add(new TocEntry(SitePaths.relative(at, SitePaths.paper(paper)) + "#contents-heading", null,
        "All " + context.parents().size() + " sections", List.of()));
    return entries;
  }

  /** The sections of a level, those on the way to {@code current} with their own subsections. */
  private static List<TocEntry> alongTheWay(List<Section> level, java.util.Set<String> way, Section current,
      String at, Function<Section, String> target) {
    return level.stream().map(s -> new TocEntry(SitePaths.relative(at, target.apply(s)), s.number().orElse(null),
        s.title(), way.contains(s.slug()) ? alongTheWay(s.children(), way, current, at, target) : List.of(),
        s.slug().equals(current.slug()))).toList();
  }

  private static List<TocEntry> windowed(List<Section> level, java.util.Set<String> way, Section current, String at,
      Function<Section, String> target) {
    int on = -1;
    for (int i = 0; i < level.size() && on < 0; i++) {
      if (way.contains(level.get(i).slug())) {
        on = i;
      }
    }
    int from = on < 0 ? 0 : Math.max(0, on - NEIGHBOURS);
    int to = on < 0 ? Math.min(level.size(), NEIGHBOURS) : Math.min(level.size(), on + NEIGHBOURS + 1);
    List<TocEntry> entries = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Section s = level.get(i);
      entries.add(new TocEntry(SitePaths.relative(at, target.apply(s)), s.number().orElse(null), s.title(),
          i == on ? windowed(s.children(), way, current, at, target) : List.of(), s.slug().equals(current.slug())));
    }
    return entries;
  }

  /** Each section's parent, by slug; every section is a key, top-level ones with a null value. */
  private static Map<String, Section> parents(Paper paper) {
    Map<String, Section> parents = new java.util.HashMap<>();
    java.util.ArrayDeque<Section> todo = new java.util.ArrayDeque<>(paper.sections());
    paper.sections().forEach(s -> parents.put(s.slug(), null));
    while (!todo.isEmpty()) {
      Section s = todo.pop();
      for (Section child : s.children()) {
        parents.put(child.slug(), s);
        todo.push(child);
      }
    }
    return parents;
  }

  /** The cards of a paper's areas; the one with slug {@code current} gets no link. */
  private static List<AreaView> areaViews(Paper paper, String at, String current) {
    return paper.areas().stream().map(area -> new AreaView(
        area.slug().equals(current) ? null : SitePaths.relative(at, SitePaths.section(paper, area)),
        area.number().orElse(null), area.title(), area.summary(), area.paragraphs().size(),
        area.paragraphs().stream().mapToInt(p -> p.citations().size()).sum())).toList();
  }

  /** The areas as a set, for the page of an area or of the section that holds them; else null. */
  private static AreasView areas(Paper paper, Section section, String at) {
    List<Section> areas = paper.areas();
    Optional<Section> holder = paper.areasSection().flatMap(paper::section);
    if (areas.isEmpty() || holder.isEmpty()) {
      return null;
    }
    int index = -1;
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).slug().equals(section.slug())) {
        index = i;
      }
    }
    boolean isHolder = holder.get().slug().equals(section.slug());
    if (index < 0 && !isHolder) {
      return null;
    }
    List<AreaView> views = areaViews(paper, at, section.slug());
    AreaView previous = index > 0 ? views.get(index - 1) : null;
    AreaView next = index >= 0 && index < areas.size() - 1 ? views.get(index + 1) : null;
    return new AreasView(holder.get().heading(), SitePaths.relative(at, SitePaths.section(paper, holder.get())),
        views, index < 0 ? null : areas.get(index).number().orElse(null), previous, next);
  }

  /** What every page of a paper shows of it: title, authors, date, publication, and how to cite it. */
  private PaperHeadView head(Context context, String at) {
    Paper paper = context.paper();
    Optional<String> url = metadata.absolute(SitePaths.paper(paper));
    CiteItem item = CiteItems.paper(paper, site, url);
    CiteBoxView cite = new CiteBoxView(CitationStyles.apa(item), CitationStyles.chicago(item),
        downloads(at, SitePaths.paperCitation(paper)), downloads(at, SitePaths.referenceList(paper)));
    return new PaperHeadView(paper.title(), paper.titleHtml(), SitePaths.relative(at, SitePaths.paper(paper)),
        authors(context.catalogue(), paper, at), paper.date().map(PartialDate::display).orElse(null),
        paper.date().map(PartialDate::iso).orElse(null), publication(paper), cite,
        url.orElse(SitePaths.paper(paper)), url.isPresent());
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
  private static List<Section> ancestors(Context context, Section section) {
    java.util.LinkedList<Section> path = new java.util.LinkedList<>();
    for (Section s = context.parents().get(section.slug()); s != null; s = context.parents().get(s.slug())) {
      path.addFirst(s);
    }
    return path;
  }

  private static List<AuthorView> authors(Catalogue catalogue, Paper paper, String at) {
    List<AuthorView> views = new ArrayList<>();
    for (int i = 0; i < paper.authors().size(); i++) {
      Author a = paper.authors().get(i);
      views.add(new AuthorView(a.name(), a.affiliations(), a.orcid().orElse(null), a.orcidUrl().orElse(null),
          a.corresponding(), a.equalContribution(), a.notes(), ArchiveLinks.author(catalogue, paper, i, at)));
    }
    return views;
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

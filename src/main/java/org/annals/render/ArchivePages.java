package org.annals.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.annals.config.SiteConfig;
import org.annals.diag.Diagnostics;
import org.annals.link.Catalogue;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.link.SitePaths;
import org.annals.model.Folding;
import org.annals.model.Paper;
import org.annals.model.Reference;
import org.annals.render.view.CitedPlace;
import org.annals.render.view.HomeView;
import org.annals.render.view.IndexEntry;
import org.annals.render.view.IndexView;
import org.annals.render.view.Link;
import org.annals.render.view.ListingView;
import org.annals.render.view.PageMeta;
import org.annals.render.view.PaperSummaryView;
import org.annals.render.view.PersonView;
import org.annals.render.view.PlainPageView;
import org.annals.render.view.ReferenceView;
import org.annals.render.view.WorkView;

/**
 * The pages of the archive as a whole: the home page with the newest papers and the ways in; the
 * list of all papers; the indexes of years, authors, topics and shared works, and a page for each
 * of those (paginated, so that every page stays small whatever the archive holds); the search page.
 */
public final class ArchivePages {
  /** Citing sentences shown per paper on a work's page; its references page has them all. */
  public static final int PLACES_PER_PAPER = 2;

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

  /** Every page of the archive as a whole, the search page included. */
  public List<RenderedPage> render(LinkedArchive archive) {
    List<RenderedPage> pages = new ArrayList<>();
    render(archive, pages::add);
    return pages;
  }

  /**
   * Gives every page of the archive as a whole to {@code pages} as it is made, so that a large
   * archive's lists need not be held until all are made.
   */
  public void render(LinkedArchive archive, java.util.function.Consumer<RenderedPage> pages) {
    home(archive).forEach(pages);
    search().forEach(pages);
    allPapers(archive).forEach(pages);
    years(archive, pages);
    authors(archive, pages);
    topics(archive, pages);
    works(archive, pages);
  }

  private static void forEach(java.util.function.Consumer<RenderedPage> to, List<RenderedPage> pages) {
    pages.forEach(to);
  }

  /** The path of every page {@link #render} writes, for the sitemap. */
  public static List<String> paths(LinkedArchive archive, SiteConfig.Listings listings) {
    Catalogue catalogue = archive.catalogue();
    int size = listings.pageSize();
    int indexSize = listings.indexPageSize();
    List<String> paths = new ArrayList<>(List.of(SitePaths.home(), SitePaths.search(), SitePaths.years()));
    paged(paths, p -> SitePaths.allPapers(p), count(archive.papers().size(), size));
    catalogue.years().forEach(y -> paged(paths, p -> SitePaths.year(y.slug(), p), count(y.papers().size(), size)));
    paged(paths, SitePaths::authors, count(catalogue.authors().size(), indexSize));
    catalogue.authors().forEach(a -> paged(paths, p -> SitePaths.author(a.slug(), p), count(a.papers().size(), size)));
    paged(paths, SitePaths::topics, count(catalogue.topics().size(), indexSize));
    catalogue.topics().forEach(t -> paged(paths, p -> SitePaths.topic(t.slug(), p), count(t.papers().size(), size)));
    paged(paths, SitePaths::works, count(catalogue.works().size(), indexSize));
    catalogue.works().forEach(w -> paged(paths, p -> SitePaths.work(w.slug(), p),
        count(w.citing().size(), listings.workPageSize())));
    return paths;
  }

  private static void paged(List<String> into, Function<Integer, String> path, int pages) {
    for (int p = 1; p <= pages; p++) {
      into.add(path.apply(p));
    }
  }

  private static int count(int items, int size) {
    return Math.max(1, (items + size - 1) / size);
  }

  /** The archive's home page: its newest papers and the ways into the rest. */
  public List<RenderedPage> home(LinkedArchive archive) {
    String at = SitePaths.home();
    Catalogue catalogue = archive.catalogue();
    List<PaperSummaryView> papers = archive.papers().stream().limit(site.listings().homePapers())
        .map(lp -> ArchiveLinks.summary(catalogue, lp.paper(), at, false)).toList();
    List<IndexEntry> ways = new ArrayList<>();
    ways.add(new IndexEntry(SitePaths.relative(at, SitePaths.years()), "By year", catalogue.years().size(),
        catalogue.years().size() == 1 ? "year" : "years"));
    ways.add(new IndexEntry(SitePaths.relative(at, SitePaths.authors(1)), "By author", catalogue.authors().size(),
        catalogue.authors().size() == 1 ? "author" : "authors"));
    ways.add(new IndexEntry(SitePaths.relative(at, SitePaths.topics(1)), "By topic", catalogue.topics().size(),
        catalogue.topics().size() == 1 ? "topic" : "topics"));
    ways.add(new IndexEntry(SitePaths.relative(at, SitePaths.works(1)), "Works cited across papers",
        catalogue.works().size(), catalogue.works().size() == 1 ? "work" : "works"));
    PageMeta meta = metadata.of(at, site.title(), null, site.description(), List.of());
    return templates.page(at, "home.ftlh", new HomeView(meta, site.description(), papers, archive.papers().size(),
        SitePaths.relative(at, SitePaths.allPapers(1)), ways), diagnostics);
  }

  /** The search page, whose results the browser fills in from the index. */
  public List<RenderedPage> search() {
    String at = SitePaths.search();
    PageMeta meta = metadata.of(at, "Search", null,
        "Search every paper, section, paragraph, reference and author of " + site.title() + ".",
        List.of(metadata.home(at)));
    return templates.page(at, "search.ftlh", new PlainPageView(meta), diagnostics);
  }

  private List<RenderedPage> allPapers(LinkedArchive archive) {
    List<Paper> papers = archive.papers().stream().map(LinkedPaper::paper).toList();
    return listing(archive.catalogue(), papers, SitePaths.allPapers(1), "All papers",
        papers.size() + (papers.size() == 1 ? " paper" : " papers") + ", newest first.", null, null, List.of());
  }

  private void years(LinkedArchive archive, java.util.function.Consumer<RenderedPage> pages) {
    Catalogue catalogue = archive.catalogue();
    List<IndexEntry> entries = catalogue.years().stream().map(y -> new IndexEntry(
        SitePaths.relative(SitePaths.years(), SitePaths.year(y.slug(), 1)), y.label(), y.papers().size(), null)).toList();
    forEach(pages, index(SitePaths.years(), "Papers by year", "Every year of the archive, newest first, with its papers.",
        List.of(new IndexView.Group(null, null, entries)), 1, 1));
    for (Catalogue.YearEntry year : catalogue.years()) {
      forEach(pages, listing(catalogue, year.papers(), SitePaths.year(year.slug(), 1), year.year()
              .map(y -> "Papers of " + y).orElse("Undated papers"),
          year.papers().size() + (year.papers().size() == 1 ? " paper" : " papers") + year.year()
              .map(y -> " dated " + y + ".").orElse(" without a date."), null, null,
          List.of(new Link(SitePaths.years(), "Years"))));
    }
  }

  private void authors(LinkedArchive archive, java.util.function.Consumer<RenderedPage> pages) {
    Catalogue catalogue = archive.catalogue();
    forEach(pages, lettered(catalogue.authors(), SitePaths::authors, Catalogue.AuthorEntry::sortKey,
        (at, author) -> new IndexEntry(SitePaths.relative(at, SitePaths.author(author.slug(), 1)), author.name(),
            author.papers().size(), author.affiliations().isEmpty() ? null : author.affiliations().get(0)),
        "Authors", catalogue.authors().size() + " authors, by family name, each with the number of "
            + "their papers in the archive."));
    for (Catalogue.AuthorEntry author : catalogue.authors()) {
      PersonView person = new PersonView(author.name(), author.affiliations(), author.orcid().orElse(null),
          author.orcid().map(org.annals.model.Author::orcidUrl).orElse(null));
      forEach(pages, listing(catalogue, author.papers(), SitePaths.author(author.slug(), 1), author.name(),
          author.papers().size() + (author.papers().size() == 1 ? " paper" : " papers") + " in this archive.", person,
          SitePaths.authorFeed(author.slug()), List.of(new Link(SitePaths.authors(1), "Authors"))));
    }
  }

  private void topics(LinkedArchive archive, java.util.function.Consumer<RenderedPage> pages) {
    Catalogue catalogue = archive.catalogue();
    forEach(pages, lettered(catalogue.topics(), SitePaths::topics, topic -> Folding.fold(topic.label()),
        (at, topic) -> new IndexEntry(SitePaths.relative(at, SitePaths.topic(topic.slug(), 1)), topic.label(),
            topic.papers().size(), null),
        "Topics", catalogue.topics().size() + " topics: the papers' keywords, each with the number "
            + "of papers that give it."));
    for (Catalogue.TopicEntry topic : catalogue.topics()) {
      forEach(pages, listing(catalogue, topic.papers(), SitePaths.topic(topic.slug(), 1), topic.label(),
          topic.papers().size() + (topic.papers().size() == 1 ? " paper has" : " papers have") + " the keyword “"
              + topic.label() + "”.", null, SitePaths.topicFeed(topic.slug()),
          List.of(new Link(SitePaths.topics(1), "Topics"))));
    }
  }

  private void works(LinkedArchive archive, java.util.function.Consumer<RenderedPage> pages) {
    Catalogue catalogue = archive.catalogue();
    List<List<Catalogue.WorkEntry>> split = ArchiveLinks.pages(catalogue.works(), site.listings().indexPageSize());
    for (int p = 1; p <= split.size(); p++) {
      String at = SitePaths.works(p);
      List<IndexEntry> entries = split.get(p - 1).stream().map(w -> new IndexEntry(
          SitePaths.relative(at, SitePaths.work(w.slug(), 1)), w.reference().title(), w.citing().size(),
          w.reference().authorLine() + " (" + w.reference().yearLabel() + ")")).toList();
      forEach(pages, index(at, "Works cited across papers", catalogue.works().size() + " works that two papers of the "
          + "archive or more cite, the most cited first, each with the number of papers that cite it.",
          List.of(new IndexView.Group(null, null, entries)), p, split.size()));
    }
    for (Catalogue.WorkEntry work : catalogue.works()) {
      forEach(pages, work(catalogue, work));
    }
  }

  private List<RenderedPage> work(Catalogue catalogue, Catalogue.WorkEntry work) {
    List<RenderedPage> pages = new ArrayList<>();
    List<List<Catalogue.Citing>> split = ArchiveLinks.pages(work.citing(), site.listings().workPageSize());
    Reference r = work.reference();
    for (int p = 1; p <= split.size(); p++) {
      String at = SitePaths.work(work.slug(), p);
      List<WorkView.CitingPaper> citing = new ArrayList<>();
      for (Catalogue.Citing c : split.get(p - 1)) {
        Paper paper = c.paper().paper();
        String references = SitePaths.references(paper);
        List<ResolvedCitation> citations = c.paper().citationsOf(c.reference());
        List<CitedPlace> places = citations.stream().limit(PLACES_PER_PAPER).map(rc -> new CitedPlace(
            SitePaths.relative(at, SitePaths.section(paper, rc.section()) + "#" + rc.paragraph().id()),
            rc.section().number().orElse(rc.section().title()), rc.citation().sentence().before(),
            rc.citation().sentence().cited(), rc.citation().sentence().after())).toList();
        citing.add(new WorkView.CitingPaper(ArchiveLinks.summary(catalogue, paper, at, false),
            SitePaths.relative(at, references + "#" + c.reference().anchor()), places,
            Math.max(0, citations.size() - places.size())));
      }
      ReferenceView entry = new ReferenceView("work", r.number(), r.authorLine(), r.yearLabel(), r.title(),
          r.published().orElse(null), null, r.url().orElse(null), PaperPages.details(r), r.doiUrl().orElse(null),
          null, null, List.of(), null, 0, null, null);
      String title = r.title() + (p > 1 ? " (page " + p + ")" : "");
      PageMeta meta = metadata.of(at, title, null, "Cited by " + work.citing().size() + " papers of " + site.title()
          + ": " + r.authorLine() + " (" + r.yearLabel() + ").", List.of(metadata.home(at),
          new Link(SitePaths.relative(at, SitePaths.works(1)), "Works cited across papers")), at, "website",
          List.of(), null);
      pages.addAll(templates.page(at, "work.ftlh", new WorkView(meta, r.title(), entry, work.citing().size(), citing,
          ArchiveLinks.pagination(at, SitePaths.work(work.slug(), 1), p, split.size())), diagnostics));
    }
    return pages;
  }

  /** A paginated list of papers whose first page is at {@code first}. */
  private List<RenderedPage> listing(Catalogue catalogue, List<Paper> papers, String first, String heading, String lead,
      PersonView person, String feed, List<Link> parents) {
    List<RenderedPage> pages = new ArrayList<>();
    List<List<Paper>> split = ArchiveLinks.pages(papers, site.listings().pageSize());
    for (int p = 1; p <= split.size(); p++) {
      String at = SitePaths.paged(first, p);
      List<Link> crumbs = new ArrayList<>();
      crumbs.add(metadata.home(at));
      parents.forEach(l -> crumbs.add(new Link(SitePaths.relative(at, l.href()), l.label())));
      String title = heading + (p > 1 ? " (page " + p + ")" : "");
      PageMeta meta = metadata.of(at, title, null, lead, crumbs, at, person != null ? "profile" : "website", List.of(),
          null);
      List<PaperSummaryView> views = split.get(p - 1).stream()
          .map(paper -> ArchiveLinks.summary(catalogue, paper, at, false)).toList();
      pages.addAll(templates.page(at, "listing.ftlh", new ListingView(meta, heading, lead, person, views,
          (p - 1) * site.listings().pageSize() + 1, ArchiveLinks.pagination(at, first, p, split.size()),
          feed == null ? null : SitePaths.relative(at, feed)), diagnostics));
    }
    return pages;
  }

  /**
   * The pages of an index of {@code all}, grouped under the first letter of each item's sort key,
   * split into pages of the configured size; page {@code p} is at {@code pathOf(p)}.
   */
  private <T> List<RenderedPage> lettered(List<T> all, java.util.function.IntFunction<String> pathOf,
      java.util.function.Function<T, String> sortKey, java.util.function.BiFunction<String, T, IndexEntry> entryAt,
      String heading, String lead) {
    List<RenderedPage> pages = new ArrayList<>();
    List<List<T>> split = ArchiveLinks.pages(all, site.listings().indexPageSize());
    for (int p = 1; p <= split.size(); p++) {
      String at = pathOf.apply(p);
      Map<String, List<IndexEntry>> byLetter = new LinkedHashMap<>();
      for (T item : split.get(p - 1)) {
        byLetter.computeIfAbsent(letter(sortKey.apply(item)), k -> new ArrayList<>()).add(entryAt.apply(at, item));
      }
      List<IndexView.Group> groups = new ArrayList<>();
      byLetter.forEach((letter, entries) -> groups.add(new IndexView.Group(letter, letterId(letter), entries)));
      pages.addAll(index(at, heading, lead, groups, p, split.size()));
    }
    return pages;
  }

  private List<RenderedPage> index(String at, String heading, String lead, List<IndexView.Group> groups, int page,
      int pages) {
    String first = page == 1 ? at : at.substring(0, at.indexOf("page/"));
    String title = heading + (page > 1 ? " (page " + page + ")" : "");
    PageMeta meta = metadata.of(at, title, null, lead, List.of(metadata.home(at)), at, "website", List.of(), null);
    return templates.page(at, "index.ftlh", new IndexView(meta, heading, lead, groups,
        ArchiveLinks.pagination(at, first, page, pages)), diagnostics);
  }

  private static String letterId(String letter) {
    return letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(Locale.ROOT);
  }

  /** The letter an index files a name under: its first letter, or # for anything else. */
  private static String letter(String folded) {
    if (folded.isEmpty() || !Character.isLetter(folded.codePointAt(0))) {
      return "#";
    }
    return new String(Character.toChars(Character.toUpperCase(folded.codePointAt(0))));
  }
}

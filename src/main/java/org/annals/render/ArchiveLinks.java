package org.annals.render;

import java.util.ArrayList;
import java.util.List;
import org.annals.link.Catalogue;
import org.annals.link.SitePaths;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.PartialDate;
import org.annals.render.view.Link;
import org.annals.render.view.PaginationView;
import org.annals.render.view.PaperSummaryView;

/** Links from any page into the archive's browsing pages: authors, topics, papers, and page numbers. */
final class ArchiveLinks {
  private ArchiveLinks() {}

  /** A paper's authors, each linked to their page, in the paper's order. */
  static List<Link> authors(Catalogue catalogue, Paper paper, String at) {
    List<Catalogue.AuthorEntry> entries = catalogue.authorsOf(paper);
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < paper.authors().size(); i++) {
      Author author = paper.authors().get(i);
      String href = i < entries.size() && entries.get(i) != null
          ? SitePaths.relative(at, SitePaths.author(entries.get(i).slug(), 1)) : null;
      links.add(new Link(href, author.name()));
    }
    return links;
  }

  /** The link to an author's page, or null when the catalogue does not know the author. */
  static String author(Catalogue catalogue, Paper paper, int index, String at) {
    List<Catalogue.AuthorEntry> entries = catalogue.authorsOf(paper);
    return index < entries.size() && entries.get(index) != null
        ? SitePaths.relative(at, SitePaths.author(entries.get(index).slug(), 1)) : null;
  }

  /** A paper's keywords as it writes them, each linked to its topic's page. */
  static List<Link> keywords(Catalogue catalogue, Paper paper, String at) {
    return paper.keywords().stream().map(k -> new Link(catalogue.topicOf(k)
        .map(t -> SitePaths.relative(at, SitePaths.topic(t.slug(), 1))).orElse(null), k)).toList();
  }

  /** A paper as listings show it: title, linked authors, date, a sentence, linked keywords; the abstract if asked. */
  static PaperSummaryView summary(Catalogue catalogue, Paper paper, String at, boolean withAbstract) {
    return new PaperSummaryView(SitePaths.relative(at, SitePaths.paper(paper)), paper.titleHtml(),
        authors(catalogue, paper, at), paper.date().map(PartialDate::display).orElse(null),
        paper.date().map(PartialDate::iso).orElse(null), withAbstract ? paper.abstractText().html() : "",
        paper.description(), keywords(catalogue, paper, at));
  }

  /** The pages of a list: {@code size} items each, and one (empty) page for an empty list. */
  static <T> List<List<T>> pages(List<T> items, int size) {
    List<List<T>> pages = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      pages.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    if (pages.isEmpty()) {
      pages.add(List.of());
    }
    return pages;
  }

  /**
   * The pagination of page {@code page} of {@code pages}, whose first page is at {@code first}:
   * the first and last pages and two on either side of this one, with gaps marked.
   */
  static PaginationView pagination(String at, String first, int page, int pages) {
    Link previous = page > 1 ? new Link(SitePaths.relative(at, SitePaths.paged(first, page - 1)), "Previous page") : null;
    Link next = page < pages ? new Link(SitePaths.relative(at, SitePaths.paged(first, page + 1)), "Next page") : null;
    List<Link> around = new ArrayList<>();
    int last = 0;
    for (int p = 1; p <= pages; p++) {
      if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
        if (last > 0 && p > last + 1) {
          around.add(null);
        }
        around.add(new Link(p == page ? null : SitePaths.relative(at, SitePaths.paged(first, p)), Integer.toString(p)));
        last = p;
      }
    }
    return new PaginationView(page, pages, previous, next, around);
  }
}

package org.annals.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.link.Catalogue;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.link.SitePaths;
import org.annals.model.Author;
import org.annals.model.Footnote;
import org.annals.model.Paper;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * The documents of an archive's search index: each paper (title, authors and their affiliations,
 * keywords, abstract), each author, each section heading, each paragraph and footnote, each
 * reference. A paper's authors count as much as its title, so a query that names an author finds
 * that author's papers first.
 */
public final class SearchDocuments {
  static final double TITLE = 3;
  static final double NAMES = 3;
  static final double BODY = 1;
  static final double DETAIL = 0.5;

  private SearchDocuments() {}

  public static List<SearchDocument> of(LinkedArchive archive) {
    List<SearchDocument> documents = new ArrayList<>();
    for (LinkedPaper linked : archive.papers()) {
      documents.addAll(of(linked));
    }
    documents.addAll(authors(archive.catalogue()));
    return documents;
  }

  /** The documents of one paper, in the order {@link #of(LinkedArchive)} lists them. */
  public static List<SearchDocument> of(LinkedPaper linked) {
    List<SearchDocument> documents = new ArrayList<>();
    Paper paper = linked.paper();
    int year = paper.date().map(d -> d.year()).orElse(0);
    String authors = paper.authors().stream().map(Author::name).collect(Collectors.joining(", "));
    String byline = authors + (year > 0 ? " · " + year : "");
    String affiliations = paper.authors().stream().flatMap(a -> a.affiliations().stream()).distinct()
        .collect(Collectors.joining("; "));
    String abstractText = paper.abstractText().text().isEmpty() ? paper.description() : paper.abstractText().text();
    documents.add(new SearchDocument("paper", SitePaths.paper(paper), paper.title(), "", byline, year, abstractText,
        List.of(new SearchDocument.Field(paper.title(), TITLE), new SearchDocument.Field(authors, NAMES),
            new SearchDocument.Field(String.join(" ", paper.keywords()), NAMES),
            new SearchDocument.Field(affiliations, DETAIL), new SearchDocument.Field(abstractText, BODY))));
    paper.allSections().forEach(section -> addSection(documents, paper, section, byline, year));
    for (Footnote footnote : paper.footnotes()) {
      paper.allSections().filter(s -> s.slug().equals(footnote.section())).findFirst().ifPresent(section ->
          documents.add(new SearchDocument("paragraph", SitePaths.section(paper, section) + "#" + footnote.anchor(),
              section.heading(), paper.title() + " › " + section.heading() + " › Note " + footnote.number(),
              byline, year, footnote.text(), List.of(new SearchDocument.Field(footnote.text(), BODY)))));
    }
    for (Reference reference : paper.references()) {
      String names = reference.authorLine() + " " + reference.year() + reference.yearSuffix();
      String text = reference.authorLine() + " (" + reference.yearLabel() + "). " + reference.title() + "."
          + reference.published().map(p -> " " + p + ".").orElse("");
      documents.add(new SearchDocument("reference", SitePaths.references(paper) + "#" + reference.anchor(),
          reference.title(), paper.title() + " › References [" + reference.number() + "]",
          reference.authorLine() + (reference.year() > 0 ? " · " + reference.yearLabel() : ""), year, text,
          List.of(new SearchDocument.Field(reference.title(), TITLE), new SearchDocument.Field(names, NAMES),
              new SearchDocument.Field(reference.container().orElse(""), DETAIL))));
    }
    return documents;
  }

  /** The documents of the archive's authors, which {@link #of(LinkedArchive)} lists after every paper's. */
  public static List<SearchDocument> authors(Catalogue catalogue) {
    List<SearchDocument> documents = new ArrayList<>();
    for (Catalogue.AuthorEntry author : catalogue.authors()) {
      String affiliations = String.join("; ", author.affiliations());
      int papers = author.papers().size();
      int newest = author.papers().stream().flatMap(p -> p.date().stream()).mapToInt(d -> d.year()).max().orElse(0);
      documents.add(new SearchDocument("author", SitePaths.author(author.slug(), 1), author.name(), "Authors",
          papers + (papers == 1 ? " paper" : " papers"), newest,
          affiliations.isEmpty() ? author.orcid().map(id -> "ORCID " + id).orElse("") : affiliations,
          List.of(new SearchDocument.Field(author.name(), NAMES), new SearchDocument.Field(affiliations, DETAIL))));
    }
    return documents;
  }

  private static void addSection(List<SearchDocument> documents, Paper paper, Section section, String byline,
      int year) {
    String page = SitePaths.section(paper, section);
    String crumbs = paper.title() + " › " + section.heading();
    List<String> texts = section.paragraphs().stream().map(org.annals.model.Paragraph::text).toList();
    // A section is found by its heading; its text is its paragraphs', found each on its own, so the
    // section shows no snippet that would repeat its first paragraph's.
    documents.add(new SearchDocument("section", page, section.heading(), paper.title(), byline, year, "",
        List.of(new SearchDocument.Field(section.heading(), TITLE))));
    for (int i = 0; i < texts.size(); i++) {
      documents.add(new SearchDocument("paragraph", page + "#" + section.paragraphs().get(i).id(), section.heading(),
          crumbs + " › ¶" + (i + 1), byline, year, texts.get(i), List.of(new SearchDocument.Field(texts.get(i), BODY))));
    }
  }
}

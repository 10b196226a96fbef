package org.annals.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;
import org.annals.link.SitePaths;

/**
 * The documents of an archive that search can find, in a stable order: for each paper, the paper,
 * then its sections and their paragraphs in reading order, then its references. Paragraph results
 * open the paragraph on its section page, not on the whole-paper page.
 */
public final class SearchDocuments {
  /** Field weights: a title match counts three times a body match, names and keywords twice. */
  static final double TITLE = 3;
  static final double NAMES = 2;
  static final double BODY = 1;

  private SearchDocuments() {}

  public static List<SearchDocument> of(LinkedArchive archive) {
    List<SearchDocument> documents = new ArrayList<>();
    for (LinkedPaper linked : archive.papers()) {
      Paper paper = linked.paper();
      String authors = paper.authors().stream().map(Author::name).collect(Collectors.joining(", "));
      String abstractText = paper.abstractText().text();
      documents.add(new SearchDocument("paper", SitePaths.paper(paper), paper.title(), authors, abstractText,
          List.of(new SearchDocument.Field(paper.title(), TITLE),
              new SearchDocument.Field(authors + " " + String.join(" ", paper.keywords()), NAMES),
              new SearchDocument.Field(abstractText, BODY))));
      paper.allSections().forEach(section -> addSection(documents, paper, section));
      for (org.annals.model.Footnote footnote : paper.footnotes()) {
        paper.allSections().filter(s -> s.slug().equals(footnote.section())).findFirst().ifPresent(section ->
            documents.add(new SearchDocument("paragraph", SitePaths.section(paper, section) + "#" + footnote.anchor(),
                section.heading(), paper.title() + " › " + section.heading() + " › Note " + footnote.number(),
                footnote.text(), List.of(new SearchDocument.Field(footnote.text(), BODY)))));
      }
      for (Reference reference : paper.references()) {
        String names = reference.authorLine() + " " + reference.year() + reference.yearSuffix();
        String text = reference.authorLine() + " (" + reference.year() + reference.yearSuffix() + "). "
            + reference.title() + "." + reference.published().map(p -> " " + p + ".").orElse("");
        documents.add(new SearchDocument("reference", SitePaths.references(paper) + "#" + reference.anchor(),
            reference.title(), paper.title() + " › References [" + reference.number() + "]", text,
            List.of(new SearchDocument.Field(reference.title(), TITLE), new SearchDocument.Field(names, NAMES))));
      }
    }
    return documents;
  }

  private static void addSection(List<SearchDocument> documents, Paper paper, Section section) {
    String page = SitePaths.section(paper, section);
    String crumbs = paper.title() + " › " + section.heading();
    List<String> texts = section.paragraphs().stream().map(Paragraph::text).toList();
    documents.add(new SearchDocument("section", page, section.heading(), paper.title(),
        texts.isEmpty() ? "" : texts.get(0), List.of(new SearchDocument.Field(section.heading(), TITLE))));
    for (int i = 0; i < texts.size(); i++) {
      documents.add(new SearchDocument("paragraph", page + "#" + section.paragraphs().get(i).id(), section.heading(),
          crumbs, texts.get(i), List.of(new SearchDocument.Field(texts.get(i), BODY))));
    }
  }
}

package org.annals.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.config.YamlBinder;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.annals.model.Author;
import org.annals.model.Names;
import org.annals.model.PartialDate;
import org.annals.model.Prose;

/**
 * Reads and checks a paper's front matter: the title, the authors, the date, the keywords, the
 * abstract (Markdown, parsed once here) and the section that holds the paper's areas.
 */
final class FrontMatterReader {
  private final Diagnostics diagnostics;

  FrontMatterReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The paper's fields, as written and checked.
   *
   * @param title the title
   * @param authors the authors in order
   * @param date the publication date, if given
   * @param keywords the keywords in order
   * @param abstractText the abstract
   * @param areas the number of the section that holds the areas, if given
   */
  record Head(String title, List<Author> authors, Optional<PartialDate> date, List<String> keywords,
      Prose abstractText, Optional<String> areas) {}

  /** The fields of the front matter {@code split} of {@code source}; empty after recording errors. */
  Optional<Head> read(SourceText source, FrontMatter.Split split) {
    int errors = diagnostics.errorCount();
    Optional<FrontMatter> bound = YamlBinder.bind(source, split.yaml(), split.yamlFirstLine(), FrontMatter.class,
        diagnostics);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = bound.get();
    String title = fm.title() == null ? "" : fm.title().strip();
    if (title.isEmpty()) {
      error(source, split, "title", "front matter has no title", "add a line 'title: \"The paper's title\"'");
    }
    List<Author> authors = authors(fm, source, split);
    Optional<PartialDate> date = Optional.empty();
    if (fm.date() != null && !fm.date().isBlank()) {
      date = PartialDate.parse(fm.date()).filter(d -> fm.date().strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
      if (date.isEmpty()) {
        error(source, split, "date", "date '" + fm.date().strip() + "' is not a year or a date",
            "write 2024 or 2024-05-15");
      }
    }
    List<String> keywords = fm.keywords() == null ? List.of()
        : fm.keywords().stream().filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
    Prose abstractText = prose(fm.abstractText() == null ? "" : fm.abstractText().strip());
    Optional<String> areas = Optional.ofNullable(fm.areas()).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new Head(title, authors, date, keywords, abstractText, areas));
  }

  private List<Author> authors(FrontMatter fm, SourceText source, FrontMatter.Split split) {
    List<Author> authors = new ArrayList<>();
    if (fm.authors() == null || fm.authors().isEmpty()) {
      error(source, split, "authors", "front matter has no authors",
          "add 'authors:' with entries '- name: …' and optional 'affiliation: …'");
      return authors;
    }
    for (FrontMatter.AuthorEntry entry : fm.authors()) {
      if (entry == null || entry.name() == null || entry.name().isBlank()) {
        error(source, split, "authors", "an author has no name", "give every entry of authors a 'name: …'");
        continue;
      }
      Optional<String> family = Optional.ofNullable(entry.family()).map(String::strip).filter(s -> !s.isEmpty());
      if (family.isPresent() && !Names.containsWords(entry.name(), family.get())) {
        error(source, split, "authors",
            "family name '" + family.get() + "' is not part of the name '" + entry.name().strip() + "'",
            "give the family name exactly as it is written in the name, as whole words");
        continue;
      }
      authors.add(new Author(entry.name().strip(),
          Optional.ofNullable(entry.affiliation()).map(String::strip).filter(s -> !s.isEmpty()), family));
    }
    return authors;
  }

  /** A Markdown text of the front matter, parsed once into its HTML, text and summary. */
  static Prose prose(String markdown) {
    if (markdown.isEmpty()) {
      return Prose.EMPTY;
    }
    com.vladsch.flexmark.util.ast.Document document = Markdown.parse(markdown);
    String text = PlainText.of(document);
    return new Prose(markdown, Markdown.html(document), text, Sentences.summary(text));
  }

  private void error(SourceText source, FrontMatter.Split split, String field, String message, String hint) {
    diagnostics.error(source.position(FrontMatter.fieldLine(split, field), 1), source, message, hint);
  }
}

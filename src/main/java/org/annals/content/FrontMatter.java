package org.annals.content;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The YAML front matter of a paper, as written; {@link FrontMatterReader} checks it. Annals' own
 * fields and those that JOSS, pandoc, Quarto and R Markdown papers use are read; the fields that
 * belong to those tools' own renderers are accepted and ignored ({@link #IGNORED}); any other field
 * is an error, so a misspelling is never silently lost.
 */
@JsonIgnoreProperties({
    // pandoc and LaTeX output
    "output", "header-includes", "include-before", "include-after", "documentclass", "classoption", "geometry",
    "papersize", "fontsize", "fontfamily", "mainfont", "sansfont", "monofont", "mathfont", "linestretch", "margin-left",
    "margin-right", "margin-top", "margin-bottom", "linkcolor", "urlcolor", "citecolor", "toccolor", "colorlinks",
    "toc", "toc-depth", "toc-title", "lof", "lot", "number-sections", "secnumdepth", "link-citations", "link-bibliography",
    "reference-section-title", "suppress-bibliography", "biblio-style", "biblio-title", "bibliographystyle",
    "natbiboptions", "cite-method", "pdf-engine", "lang", "dir", "indent", "subparagraph", "draft", "nocite",
    // JOSS and the Open Journals
    "aas-doi", "aas-journal", "archive_doi", "submitted_at", "published_at", "repository", "software_repository_url",
    "editor", "reviewers", "formatted_doi", "citation_author", "journal_alias", "issue-title",
    // Quarto and R Markdown
    "format", "execute", "jupyter", "knitr", "engine", "filters", "crossref", "editor_options", "params", "runtime",
    "vignette", "citation", "google-scholar", "title-block-banner", "title-block-style", "date-format", "date-modified",
    "author-meta", "description", "image", "categories", "copyright", "funding", "appendix-style", "comments",
    "bibliography-title", "notebook-links", "code-fold", "code-tools", "self-contained", "embed-resources",
    // MyST and Jupyter Book
    "kernelspec", "jupytext", "exports", "downloads", "numbering", "math", "thumbnail", "short_title", "github"})
record FrontMatter(
    String title,
    String subtitle,
    @JsonAlias("author") JsonNode authors,
    JsonNode affiliations,
    String date,
    List<String> keywords,
    List<String> tags,
    @JsonProperty("abstract") String abstractText,
    String areas,
    JsonNode bibliography,
    String csl,
    String doi,
    String license,
    @JsonAlias("journal") String venue,
    String volume,
    String issue,
    String version) {

  /** The ignored fields, as listed in the README. */
  static final List<String> IGNORED = List.of(FrontMatter.class.getAnnotation(JsonIgnoreProperties.class).value());

  /**
   * Splits a file into front matter and body. The front matter sits between a first line {@code ---}
   * and the next line {@code ---} or {@code ...}.
   *
   * @param yaml the YAML text between the fences
   * @param yamlFirstLine the 1-based line where the YAML starts
   * @param bodyOffset the character offset where the body starts
   */
  record Split(String yaml, int yamlFirstLine, int bodyOffset) {}

  /** Finds the front matter fences; empty when the file does not start with one or it is not closed. */
  static Optional<Split> split(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    if (!text.startsWith("---", start) || !lineIsFence(text, start)) {
      return Optional.empty();
    }
    int yamlStart = text.indexOf('\n', start) + 1;
    int lineStart = yamlStart;
    while (lineStart > 0 && lineStart <= text.length()) {
      if ((text.startsWith("---", lineStart) || text.startsWith("...", lineStart)) && lineIsFence(text, lineStart)) {
        int lineEnd = text.indexOf('\n', lineStart);
        int bodyOffset = lineEnd < 0 ? text.length() : lineEnd + 1;
        return Optional.of(new Split(text.substring(yamlStart, lineStart), 2, bodyOffset));
      }
      int next = text.indexOf('\n', lineStart);
      if (next < 0) {
        break;
      }
      lineStart = next + 1;
    }
    return Optional.empty();
  }

  private static boolean lineIsFence(String text, int at) {
    int end = text.indexOf('\n', at);
    String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
    return line.equals("---") || line.equals("...");
  }

  /** The 1-based line of a top-level field in the YAML, or the line of the opening fence when absent. */
  static int fieldLine(Split split, String field) {
    List<String> lines = split.yaml().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(field + ":")) {
        return split.yamlFirstLine() + i;
      }
    }
    return split.yamlFirstLine() - 1;
  }
}

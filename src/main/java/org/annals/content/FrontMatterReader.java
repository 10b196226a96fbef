package org.annals.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.config.YamlBinder;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.annals.model.Author;
import org.annals.model.Names;
import org.annals.model.PartialDate;
import org.annals.model.Prose;
import org.annals.model.Publication;

/**
 * Reads and checks a paper's front matter: title, authors (Annals' form, or JOSS's with indices into
 * an {@code affiliations} list, or Quarto's and pandoc's), date, keywords or tags, abstract,
 * bibliography files, citation style, publication details and the section that holds the areas.
 * The title and abstract are Markdown, parsed once here.
 */
final class FrontMatterReader {
  private static final Pattern ORCID = Pattern.compile("(?:https?://orcid\\.org/)?(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");
  private static final Pattern DOI = Pattern.compile("(?:https?://(?:dx\\.)?doi\\.org/|doi:)?(10\\.\\d{4,9}/\\S+)");
  private static final List<String> CLOCK_DATES = List.of("today", "now", "last-modified");

  private final Diagnostics diagnostics;

  FrontMatterReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The paper's fields, as written and checked.
   *
   * @param title the title, in Markdown
   * @param authors the authors in order
   * @param date the publication date, if given
   * @param keywords the keywords (or tags) in order
   * @param abstractText the abstract
   * @param areas the number of the section that holds the areas, if given
   * @param bibliography the bibliography files, as written, relative to the paper's folder
   * @param bibliographyLine the line of the {@code bibliography} field
   * @param style the citation style: an id or a {@code .csl} path, if given
   * @param styleLine the line of the {@code csl} field
   * @param publication the publication details
   */
  record Head(Prose title, List<Author> authors, Optional<PartialDate> date, List<String> keywords,
      Prose abstractText, Optional<String> areas, List<String> bibliography, int bibliographyLine,
      Optional<String> style, int styleLine, Publication publication) {}

  /** The fields of the front matter {@code split} of {@code source}; empty after recording errors. */
  Optional<Head> read(SourceText source, FrontMatter.Split split) {
    int errors = diagnostics.errorCount();
    Optional<FrontMatter> bound = YamlBinder.bind(source, split.yaml(), split.yamlFirstLine(), FrontMatter.class,
        diagnostics);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter fm = bound.get();
    String titleText = fm.title() == null ? "" : fm.title().strip();
    if (titleText.isEmpty()) {
      error(source, split, "title", "front matter has no title", "add a line 'title: \"The paper's title\"'");
    }
    if (fm.subtitle() != null && !fm.subtitle().isBlank()) {
      titleText = titleText + ": " + fm.subtitle().strip();
    }
    List<Author> authors = new AuthorsReader(source, split).read(fm.authors(), fm.affiliations());
    Optional<PartialDate> date = date(fm.date(), source, split);
    List<String> keywords = new ArrayList<>();
    for (List<String> list : java.util.Arrays.asList(fm.keywords(), fm.tags())) {
      if (list != null) {
        list.stream().filter(k -> k != null && !k.isBlank()).map(String::strip)
            .filter(k -> !keywords.contains(k)).forEach(keywords::add);
      }
    }
    Prose abstractText = prose(fm.abstractText() == null ? "" : fm.abstractText().strip(),
        url -> unsafeLink(source, split, "abstract", url));
    Optional<String> areas = Optional.ofNullable(fm.areas()).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
    List<String> bibliography = strings(fm.bibliography(), source, split, "bibliography");
    Optional<String> doi = Optional.empty();
    if (fm.doi() != null && !fm.doi().isBlank()) {
      Matcher m = DOI.matcher(fm.doi().strip());
      if (m.matches()) {
        doi = Optional.of(m.group(1));
      } else {
        error(source, split, "doi", "doi '" + fm.doi().strip() + "' is not a DOI", "write it like 10.21105/joss.01234");
      }
    }
    Publication publication = new Publication(doi, text(fm.license()), text(fm.venue()), text(fm.volume()),
        text(fm.issue()), text(fm.version()));
    if (diagnostics.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new Head(inline(titleText, url -> unsafeLink(source, split, "title", url)), authors, date, keywords, abstractText, areas, bibliography,
        FrontMatter.fieldLine(split, "bibliography"), text(fm.csl()), FrontMatter.fieldLine(split, "csl"),
        publication));
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }

  private Optional<PartialDate> date(String value, SourceText source, FrontMatter.Split split) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String written = value.strip();
    if (CLOCK_DATES.contains(written.toLowerCase(Locale.ROOT))) {
      diagnostics.warning(source.position(FrontMatter.fieldLine(split, "date"), 1), source,
          "date '" + written + "' depends on the clock; the paper is taken as undated",
          "write the date the paper was published, such as 2025-04-30");
      return Optional.empty();
    }
    Optional<PartialDate> date = PartialDate.parse(written);
    if (date.isEmpty()) {
      error(source, split, "date", "date '" + written + "' is not a year or a date",
          "write 2024, 2024-05-15, 15 May 2024 or May 15, 2024");
    }
    return date;
  }

  /** A field that holds one text or a list of them, such as {@code bibliography}. */
  private List<String> strings(JsonNode node, SourceText source, FrontMatter.Split split, String field) {
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      if (!item.isTextual() || item.asText().isBlank()) {
        error(source, split, field, "field '" + field + "' must hold file names", "write " + field
            + ": paper.bib, or a list of files");
        return List.of();
      }
      values.add(item.asText().strip());
    }
    return values;
  }

  /** A Markdown text of the front matter, parsed once into its HTML, text and summary. */
  static Prose prose(String markdown) {
    return prose(markdown, url -> { });
  }

  /**
   * A Markdown text of the front matter, parsed once into its HTML, text and summary; each link
   * target that may not be a link ({@link org.annals.model.SafeUrl}) is given to {@code unsafe}.
   */
  static Prose prose(String markdown, java.util.function.Consumer<String> unsafe) {
    return prose(markdown, unsafe, false);
  }

  private static Prose prose(String markdown, java.util.function.Consumer<String> unsafe, boolean linksAsText) {
    if (markdown.isEmpty()) {
      return Prose.EMPTY;
    }
    Optional<com.vladsch.flexmark.util.ast.Document> parsed;
    try {
      parsed = Markdown.parseDeep(markdown);
    } catch (RuntimeException e) {
      parsed = Optional.empty(); // a fault of the parser on strange input: shown as the text it is
    }
    if (parsed.isEmpty() || Nesting.tooDeep(parsed.get())) {
      // Markup nested past any real use: shown as the text it is.
      String escaped = com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(markdown, false);
      return new Prose(markdown, "<p>" + escaped + "</p>", markdown, Sentences.summary(markdown));
    }
    com.vladsch.flexmark.util.ast.Document document = parsed.get();
    Markdown.unsafeLinks(document).forEach(node -> unsafe.accept(Markdown.target(node)));
    document.set(Markdown.LINKS_AS_TEXT, linksAsText);
    String text = PlainText.of(document);
    return new Prose(markdown, Markdown.html(document), text, Sentences.summary(text));
  }

  /**
   * A one-line Markdown text, such as a title: its HTML without the paragraph around it, and its
   * links as their text, since pages show a title inside links to its paper.
   */
  static Prose inline(String markdown, java.util.function.Consumer<String> unsafe) {
    Prose prose = prose(markdown, unsafe, true);
    String html = prose.html();
    if (html.startsWith("<p>") && html.endsWith("</p>")) {
      html = html.substring(3, html.length() - 4);
    }
    return new Prose(prose.markdown(), html, prose.text(), prose.summary());
  }

  private void unsafeLink(SourceText source, FrontMatter.Split split, String field, String url) {
    diagnostics.warning(source.position(FrontMatter.fieldLine(split, field), 1), source,
        Markdown.unsafeLinkMessage(url), Markdown.UNSAFE_LINK_HINT);
  }

  private void error(SourceText source, FrontMatter.Split split, String field, String message, String hint) {
    diagnostics.error(source.position(FrontMatter.fieldLine(split, field), 1), source, message, hint);
  }

  /** Reads the {@code authors} (or {@code author}) field in any of the forms papers use. */
  private final class AuthorsReader {
    private final SourceText source;
    private final FrontMatter.Split split;
    private final Map<String, String> affiliationsById = new LinkedHashMap<>();

    AuthorsReader(SourceText source, FrontMatter.Split split) {
      this.source = source;
      this.split = split;
    }

    List<Author> read(JsonNode authors, JsonNode affiliations) {
      readAffiliations(affiliations);
      List<Author> list = new ArrayList<>();
      if (authors == null || authors.isNull() || (authors.isArray() && authors.isEmpty())) {
        fail("front matter has no authors", "add 'authors:' with entries '- name: …' and optional 'affiliation: …'");
        return list;
      }
      for (JsonNode entry : authors.isArray() ? authors : List.of(authors)) {
        author(entry).ifPresent(list::add);
      }
      return list;
    }

    private void readAffiliations(JsonNode affiliations) {
      if (affiliations == null || !affiliations.isArray()) {
        return;
      }
      int position = 0;
      for (JsonNode affiliation : affiliations) {
        position++;
        if (affiliation.isTextual()) {
          affiliationsById.put(Integer.toString(position), affiliation.asText().strip());
          continue;
        }
        String name = affiliationName(affiliation);
        if (name.isEmpty()) {
          fail("an affiliation has no name", "give every entry of affiliations a 'name: …'");
          continue;
        }
        for (String idField : List.of("index", "id", "ref")) {
          JsonNode id = affiliation.get(idField);
          if (id != null && !id.isNull()) {
            affiliationsById.put(id.asText().strip(), name);
          }
        }
        affiliationsById.putIfAbsent(Integer.toString(position), name);
      }
    }

    private static String affiliationName(JsonNode affiliation) {
      List<String> parts = new ArrayList<>();
      for (String field : List.of("department", "name", "city", "country")) {
        JsonNode value = affiliation.get(field);
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
          parts.add(value.asText().strip());
        }
      }
      return String.join(", ", parts);
    }

    private Optional<Author> author(JsonNode entry) {
      if (entry.isTextual()) {
        List<String> notes = new ArrayList<>();
        String name = withoutNotes(entry.asText(), notes);
        return name.isBlank() ? noName() : Optional.of(new Author(name, List.of(), Optional.empty(), Optional.empty(),
            false, false, notes));
      }
      if (!entry.isObject()) {
        fail("an author is neither a name nor a mapping", "write '- name: …' for each author");
        return Optional.empty();
      }
      String name = text(entry, "name");
      Optional<String> family = Optional.ofNullable(text(entry, "family")).filter(s -> !s.isEmpty());
      JsonNode nameNode = entry.get("name");
      if (nameNode != null && nameNode.isObject()) {
        name = null;
        entry = merge(entry, nameNode);
      }
      if (name == null || name.isEmpty()) {
        String given = first(entry, "given-names", "given", "first-name");
        String surname = first(entry, "surname", "family", "last-name");
        String particle = first(entry, "non-dropping-particle", "dropping-particle");
        String literal = text(entry, "literal");
        if (literal != null && !literal.isEmpty()) {
          name = literal;
        } else if (surname != null && !surname.isEmpty()) {
          String familyName = (particle == null || particle.isEmpty() ? "" : particle + " ") + surname;
          name = ((given == null ? "" : given + " ") + familyName).strip();
          String suffix = text(entry, "suffix");
          if (suffix != null && !suffix.isEmpty()) {
            name = name + " " + suffix;
          }
          family = Optional.of(familyName);
        }
      }
      if (name == null || name.isBlank()) {
        return noName();
      }
      List<String> notes = new ArrayList<>();
      name = withoutNotes(name, notes);
      if (family.isPresent() && !Names.containsWords(name, family.get())) {
        fail("family name '" + family.get() + "' is not part of the name '" + name + "'",
            "give the family name exactly as it is written in the name, as whole words");
        return Optional.empty();
      }
      return Optional.of(new Author(name, affiliations(entry), family, orcid(entry, name),
          flag(entry, "corresponding"), flag(entry, "equal-contrib") || flag(entry, "equal-contributor"), notes));
    }

    private Optional<Author> noName() {
      fail("an author has no name", "give every entry of authors a 'name: …'");
      return Optional.empty();
    }

    /** The entry with the fields of its {@code name} mapping (Quarto's {@code name: {given, family}}). */
    private JsonNode merge(JsonNode entry, JsonNode name) {
      com.fasterxml.jackson.databind.node.ObjectNode merged = ((com.fasterxml.jackson.databind.node.ObjectNode) entry)
          .deepCopy();
      name.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
      return merged;
    }

    private List<String> affiliations(JsonNode entry) {
      List<String> names = new ArrayList<>();
      for (String field : List.of("affiliation", "affiliations")) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
          continue;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
          if (item.isObject()) {
            String ref = text(item, "ref");
            String name = affiliationName(item);
            if (ref != null && affiliationsById.containsKey(ref)) {
              names.add(affiliationsById.get(ref));
            } else if (!name.isEmpty()) {
              names.add(name);
            }
            continue;
          }
          String written = item.asText().strip();
          List<String> ids = List.of(written.split("\\s*,\\s*"));
          if (!affiliationsById.isEmpty() && ids.stream().allMatch(affiliationsById::containsKey)) {
            ids.forEach(id -> names.add(affiliationsById.get(id)));
          } else if (!affiliationsById.isEmpty() && ids.stream().allMatch(id -> id.matches("\\d+"))) {
            fail("affiliation " + written + " is not in the affiliations list",
                "the affiliations have the indices " + String.join(", ", affiliationsById.keySet()));
          } else if (!written.isEmpty()) {
            names.add(written);
          }
        }
      }
      return names.stream().distinct().toList();
    }

    private Optional<String> orcid(JsonNode entry, String name) {
      String written = text(entry, "orcid");
      if (written == null || written.isEmpty()) {
        return Optional.empty();
      }
      Matcher m = ORCID.matcher(written);
      if (!m.matches() || !validOrcid(m.group(1))) {
        diagnostics.warning(source.position(FrontMatter.fieldLine(split, "authors"), 1), source,
            "ORCID iD '" + written + "' of " + name + " is not a valid ORCID iD; it is left out",
            "an ORCID iD has 16 digits in four groups with a check digit, such as 0000-0002-1825-0097");
        return Optional.empty();
      }
      return Optional.of(m.group(1));
    }

    private void fail(String message, String hint) {
      error(source, split, "authors", message, hint);
    }
  }

  /** A name without pandoc's inline notes ({@code Ann Lee^[Co-creator]}), which go to {@code notes}. */
  static String withoutNotes(String written, List<String> notes) {
    Matcher m = Pattern.compile("\\^\\[([^\\]]*)]").matcher(written);
    while (m.find()) {
      notes.add(m.group(1).strip());
    }
    return m.replaceAll("").replaceAll("\\s+", " ").strip();
  }

  /** The ISO 7064 11,2 check digit of an ORCID iD. */
  static boolean validOrcid(String id) {
    String digits = id.replace("-", "");
    int total = 0;
    for (int i = 0; i < digits.length() - 1; i++) {
      total = (total + (digits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    char check = result == 10 ? 'X' : (char) ('0' + result);
    return digits.charAt(digits.length() - 1) == check;
  }

  private static String text(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText().strip();
  }

  private static String first(JsonNode entry, String... fields) {
    for (String field : fields) {
      String value = text(entry, field);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  private static boolean flag(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    if (value == null) {
      JsonNode attributes = entry.get("attributes");
      value = attributes == null ? null : attributes.get(field);
    }
    return value != null && (value.asBoolean(false) || "yes".equalsIgnoreCase(value.asText()));
  }
}

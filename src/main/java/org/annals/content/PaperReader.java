package org.annals.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.config.YamlBinder;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.diag.SourceText;
import org.annals.model.Author;
import org.annals.model.Citation;
import org.annals.model.Folding;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.PartialDate;
import org.annals.model.Reference;
import org.annals.model.Section;
import org.annals.model.Slugs;

/**
 * Reads one {@code paper.md}: front matter into fields, headings into the section tree, blocks into
 * paragraphs with stable ids, the {@code ## References} list into references, and the prose into
 * citations.
 */
public final class PaperReader {
  private static final Pattern NUMBERED = Pattern.compile("(\\d+(?:\\.\\d+)*)\\.?\\s+(\\S.*)");
  private static final Pattern REFERENCES = Pattern.compile("(?i)references:?|bibliography:?|works cited:?");
  private static final Set<String> RESERVED_SLUGS = Set.of("full", "references", "assets");
  private static final char[] MARKERS = {'\uFDD0', '\uFDD1'};

  private final Diagnostics diagnostics;

  public PaperReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reads a paper from its text; returns empty when it has errors, which are then recorded. */
  public Optional<Paper> read(String slug, Path file, String text) {
    int before = diagnostics.errorCount();
    SourceText source = new SourceText(file, text);
    Optional<FrontMatter.Split> split = FrontMatter.split(text);
    if (split.isEmpty()) {
      diagnostics.error(source, 0, "paper has no front matter",
          "start the file with a line '---', then 'title: …' and the other fields, then a line '---'");
      return Optional.empty();
    }
    for (char marker : MARKERS) {
      int at = text.indexOf(marker);
      if (at >= 0) {
        diagnostics.error(source, at, String.format(java.util.Locale.ROOT, "character U+%04X is not allowed", (int) marker),
            "remove it: Unicode reserves it for internal use");
      }
    }
    FrontMatter fm = YamlBinder.bind(source, split.get().yaml(), split.get().yamlFirstLine(), FrontMatter.class,
        diagnostics).orElse(null);
    Fields fields = fm == null ? null : fields(fm, split.get(), source);

    int bodyOffset = split.get().bodyOffset();
    Document document = Markdown.PARSER.parse(text.substring(bodyOffset));
    Body body = new Body(source, bodyOffset);
    body.read(document);
    if (fields == null || diagnostics.errorCount() > before) {
      return Optional.empty();
    }
    List<Section> sections = body.sections();
    Paper paper = new Paper(slug, file, fields.title, fields.authors, fields.date, fields.keywords,
        fields.abstractText, fields.areas, sections, body.references, body.linkDefinitions.toString());
    if (fields.areas.isPresent()) {
      String number = fields.areas.get();
      Optional<Section> areas = paper.section(number);
      int line = FrontMatter.fieldLine(split.get(), "areas");
      if (areas.isEmpty() || areas.get().children().isEmpty()) {
        diagnostics.error(source.position(line, 1), source,
            areas.isEmpty() ? "areas names section " + number + ", which the paper does not have"
                : "areas names section " + number + ", which has no subsections",
            "name a numbered section whose subsections are the paper's areas, or remove the field");
        return Optional.empty();
      }
    }
    return Optional.of(paper);
  }

  private record Fields(String title, List<Author> authors, Optional<PartialDate> date, List<String> keywords,
      String abstractText, Optional<String> areas) {}

  private Fields fields(FrontMatter fm, FrontMatter.Split split, SourceText source) {
    int errors = diagnostics.errorCount();
    String title = fm.title() == null ? "" : fm.title().strip();
    if (title.isEmpty()) {
      diagnostics.error(source.position(FrontMatter.fieldLine(split, "title"), 1), source,
          "front matter has no title", "add a line 'title: \"The paper's title\"'");
    }
    List<Author> authors = new ArrayList<>();
    if (fm.authors() == null || fm.authors().isEmpty()) {
      diagnostics.error(source.position(FrontMatter.fieldLine(split, "authors"), 1), source,
          "front matter has no authors", "add 'authors:' with entries '- name: …' and optional 'affiliation: …'");
    } else {
      for (FrontMatter.AuthorEntry entry : fm.authors()) {
        if (entry == null || entry.name() == null || entry.name().isBlank()) {
          diagnostics.error(source.position(FrontMatter.fieldLine(split, "authors"), 1), source,
              "an author has no name", "give every entry of authors a 'name: …'");
          continue;
        }
        Optional<String> family = Optional.ofNullable(entry.family()).map(String::strip).filter(s -> !s.isEmpty());
        if (family.isPresent() && !entry.name().contains(family.get())) {
          diagnostics.error(source.position(FrontMatter.fieldLine(split, "authors"), 1), source,
              "family name '" + family.get() + "' is not part of the name '" + entry.name().strip() + "'",
              "give the family name exactly as it is written in the name");
          continue;
        }
        authors.add(new Author(entry.name().strip(),
            Optional.ofNullable(entry.affiliation()).map(String::strip).filter(s -> !s.isEmpty()), family));
      }
    }
    Optional<PartialDate> date = Optional.empty();
    if (fm.date() != null && !fm.date().isBlank()) {
      date = PartialDate.parse(fm.date()).filter(d -> fm.date().strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"));
      if (date.isEmpty()) {
        diagnostics.error(source.position(FrontMatter.fieldLine(split, "date"), 1), source,
            "date '" + fm.date().strip() + "' is not a year or a date", "write 2024 or 2024-05-15");
      }
    }
    List<String> keywords = fm.keywords() == null ? List.of()
        : fm.keywords().stream().filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
    String abstractText = fm.abstractText() == null ? "" : fm.abstractText().strip();
    Optional<String> areas = Optional.ofNullable(fm.areas()).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
    return diagnostics.errorCount() > errors ? null : new Fields(title, authors, date, keywords, abstractText, areas);
  }

  /** A section while it is being read; turned into a record once the body is done. */
  private static final class Draft {
    final Optional<String> number;
    final String title;
    final String slug;
    final int level;
    final SourcePosition position;
    final List<Node> blocks = new ArrayList<>();
    final List<Draft> children = new ArrayList<>();

    Draft(Optional<String> number, String title, String slug, int level, SourcePosition position) {
      this.number = number;
      this.title = title;
      this.slug = slug;
      this.level = level;
      this.position = position;
    }

    String idStem() {
      return number.map(n -> n.replace('.', '-')).orElse(slug);
    }
  }

  /** Walks the body's top-level blocks once, in order. */
  private final class Body {
    final SourceText source;
    final int bodyOffset;
    final List<Draft> roots = new ArrayList<>();
    final List<Draft> open = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final StringBuilder linkDefinitions = new StringBuilder();
    final Set<String> slugs = new HashSet<>();
    final Map<Integer, Reference> byNumber = new HashMap<>();
    boolean inReferences;
    boolean reportedOrphan;

    Body(SourceText source, int bodyOffset) {
      this.source = source;
      this.bodyOffset = bodyOffset;
    }

    void read(Document document) {
      ReferenceParser parser = new ReferenceParser(source, bodyOffset, diagnostics);
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        if (block instanceof com.vladsch.flexmark.ast.Reference) {
          linkDefinitions.append(block.getChars()).append('\n');
        } else if (block instanceof Heading heading) {
          heading(heading);
        } else if (inReferences) {
          referenceBlock(block, parser);
        } else if (open.isEmpty()) {
          if (!reportedOrphan) {
            reportedOrphan = true;
            error(block, "text before the first section heading",
                "start the body with a heading such as '## 1. Introduction'; the abstract belongs in the front matter");
          }
        } else {
          open.get(open.size() - 1).blocks.add(block);
        }
      }
    }

    void heading(Heading heading) {
      String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
      int level = heading.getLevel() - 1;
      if (heading.getLevel() == 1) {
        error(heading, "a paper's body has no level-1 heading",
            "the title comes from the front matter; start sections with '## '");
        return;
      }
      if (level == 1 && REFERENCES.matcher(text).matches()) {
        inReferences = true;
        open.clear();
        return;
      }
      inReferences = false;
      while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
        open.remove(open.size() - 1);
      }
      if (open.size() != level - 1) {
        error(heading, "heading level " + heading.getLevel() + " has no parent section",
            "use " + "#".repeat(open.size() + 2) + " here, or add the section above it");
        return;
      }
      Optional<String> number = Optional.empty();
      String title = text;
      Matcher m = NUMBERED.matcher(text);
      if (m.matches()) {
        number = Optional.of(m.group(1));
        title = m.group(2).strip();
        int depth = number.get().split("\\.").length;
        if (depth != level) {
          error(heading, "section " + number.get() + " is at heading level " + heading.getLevel(),
              "a section numbered like " + number.get() + " takes " + "#".repeat(depth + 1) + " (one # more per level)");
          return;
        }
        if (level > 1) {
          Optional<String> parent = open.get(open.size() - 1).number;
          String expected = number.get().substring(0, number.get().lastIndexOf('.'));
          if (parent.isEmpty() || !parent.get().equals(expected)) {
            error(heading, "section " + number.get() + " is not inside section " + expected,
                "renumber it to follow " + parent.map(p -> "section " + p).orElse("its parent section"));
            return;
          }
        }
      }
      String slug = Slugs.slugify(number.map(n -> n + " ").orElse("") + title);
      if (slug.isEmpty() || RESERVED_SLUGS.contains(slug) || !slugs.add(slug)) {
        error(heading, slug.isEmpty() ? "heading '" + text + "' gives no URL segment"
                : "heading '" + text + "' gives the URL segment '" + slug + "', which is already taken",
            "give the section a distinct title or a number");
        return;
      }
      Draft draft = new Draft(number, title, slug, level, position(heading));
      (open.isEmpty() ? roots : open.get(open.size() - 1).children).add(draft);
      open.add(draft);
    }

    void referenceBlock(Node block, ReferenceParser parser) {
      if (block instanceof BulletList || block instanceof OrderedList) {
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem && item.getFirstChild() != null) {
            parser.parse(item.getFirstChild()).ifPresent(this::addReference);
          }
        }
      } else if (block instanceof com.vladsch.flexmark.ast.Paragraph) {
        parser.parse(block).ifPresent(this::addReference);
      } else {
        error(block, "the reference list holds only entries",
            "write each entry as a list item: - " + ReferenceParser.FORM);
      }
    }

    void addReference(Reference reference) {
      Reference earlier = byNumber.putIfAbsent(reference.number(), reference);
      if (earlier != null) {
        diagnostics.error(reference.position(), source, "reference [" + reference.number() + "] appears twice",
            "the first is at line " + earlier.position().line() + "; number the entries 1, 2, 3, …");
        return;
      }
      if (!references.isEmpty() && references.get(references.size() - 1).number() > reference.number()) {
        diagnostics.warning(reference.position(), source, "reference [" + reference.number() + "] is out of order",
            "list the entries in the order of their numbers");
      }
      references.add(reference);
    }

    /** Turns the drafts into records, scanning each block for citations now that the references are known. */
    List<Section> sections() {
      Set<String> authorKeys = authorKeys(references);
      CitationScanner scanner = new CitationScanner(source, bodyOffset, authorKeys);
      return roots.stream().map(d -> section(d, scanner)).toList();
    }

    Section section(Draft draft, CitationScanner scanner) {
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Node block : draft.blocks) {
        String id = "p-" + draft.idStem() + "-" + (paragraphs.size() + 1);
        List<Citation> citations = scanner.scan(block, id);
        paragraphs.add(new Paragraph(id, block.getChars().toString().stripTrailing(), citations, position(block)));
      }
      List<Section> children = draft.children.stream().map(d -> section(d, scanner)).toList();
      return new Section(draft.number, draft.title, draft.slug, draft.level, paragraphs, children, draft.position);
    }

    SourcePosition position(Node node) {
      return source.positionOf(bodyOffset + node.getStartOffset());
    }

    void error(Node node, String message, String hint) {
      diagnostics.error(source, bodyOffset + node.getStartOffset(), message, hint);
      reportedOrphan = true; // text after a refused heading belongs to it: one error is enough
    }
  }

  /** Every folded tail of every author name: {@code son}, {@code xuan son}, … {@code nguyen tran xuan son}. */
  static Set<String> authorKeys(List<Reference> references) {
    Set<String> keys = new HashSet<>();
    for (Reference reference : references) {
      for (String author : reference.authors()) {
        String[] words = Folding.nameKey(author).split(" ");
        for (int i = 0; i < words.length; i++) {
          keys.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
      }
    }
    return keys;
  }
}

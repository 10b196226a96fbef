package org.annals.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.diag.SourceText;
import org.annals.model.Reference;
import org.annals.model.Slugs;

/**
 * The shape of a paper's body, read from its top-level blocks in one pass: the section tree (each
 * section with its blocks) and the {@code ## References} list. Checks that headings nest and
 * number consistently and give distinct URL segments.
 */
final class Outline {
  private static final Pattern NUMBERED = Pattern.compile("(\\d+(?:\\.\\d+)*)\\.?\\s+(\\S.*)");
  private static final Pattern REFERENCES = Pattern.compile("(?i)references:?|bibliography:?|works cited:?");
  private static final Set<String> RESERVED_SLUGS = Set.of("full", "references", "assets");

  /** A section as read: its heading and its blocks, not yet turned into a record. */
  static final class Draft {
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

    /** The stem of the ids of this section's paragraphs: {@code 3-1}, or the slug when unnumbered. */
    String idStem() {
      return number.map(n -> n.replace('.', '-')).orElse(slug);
    }
  }

  private final SourceText source;
  private final int bodyOffset;
  private final Diagnostics diagnostics;
  private final List<Draft> roots = new ArrayList<>();
  private final List<Draft> open = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<com.vladsch.flexmark.ext.footnotes.FootnoteBlock> footnotes = new ArrayList<>();
  private final boolean bibliography;
  private int topLevel = 2;
  private String title = "";
  private final Set<String> slugs = new HashSet<>();
  private final Map<Integer, Reference> byNumber = new HashMap<>();
  private boolean inReferences;
  private boolean reportedOrphan;

  private Outline(SourceText source, int bodyOffset, boolean bibliography, Diagnostics diagnostics) {
    this.source = source;
    this.bodyOffset = bodyOffset;
    this.bibliography = bibliography;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads the outline of a parsed body whose text starts at {@code bodyOffset} of {@code source}.
   * With a {@code bibliography}, the references come from it, and a {@code References} heading
   * only marks where pandoc would print them.
   */
  static Outline read(Document document, SourceText source, int bodyOffset, boolean bibliography, String title,
      Diagnostics diagnostics) {
    Outline outline = new Outline(source, bodyOffset, bibliography, diagnostics);
    outline.title = org.annals.model.Folding.nameKey(title);
    outline.topLevel = topLevel(document, outline.title);
    outline.walk(document);
    return outline;
  }

  /**
   * The level of the paper's sections: 2 ({@code ##}) as Annals writes them, or 1 when the body
   * uses {@code #} for anything but a repetition of the title.
   */
  private static int topLevel(Document document, String title) {
    boolean first = true;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        boolean repeatsTitle = first && org.annals.model.Folding.nameKey(PlainText.of(heading)).equals(title);
        first = false;
        if (heading.getLevel() == 1 && !repeatsTitle) {
          return 1;
        }
      }
    }
    return 2;
  }

  /** The footnote definitions, in the order written. */
  List<com.vladsch.flexmark.ext.footnotes.FootnoteBlock> footnotes() {
    return footnotes;
  }

  /** The top-level sections, in order. */
  List<Draft> sections() {
    return roots;
  }

  /** The reference list, in order. */
  List<Reference> references() {
    return references;
  }

  private void walk(Document document) {
    ReferenceParser parser = new ReferenceParser(source, bodyOffset, diagnostics);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof com.vladsch.flexmark.ast.Reference) {
        continue; // a link definition: the document resolves links to it wherever they are
      } else if (block instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock footnote) {
        footnotes.add(footnote);
      } else if (isDivFence(block)) {
        continue; // pandoc's ::: fences (such as ::: {#refs}) mark places for pandoc's own renderer
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

  /** Whether a block is only pandoc fence lines: {@code :::}, {@code ::: {#refs}}. */
  private static boolean isDivFence(Node block) {
    if (!(block instanceof com.vladsch.flexmark.ast.Paragraph)) {
      return false;
    }
    return block.getChars().toString().strip().lines().allMatch(line -> line.strip().matches(":{3,}\\s*(\\{[^}]*}|\\w[\\w-]*)?\\s*"));
  }

  private void heading(Heading heading) {
    String text = PlainText.of(heading);
    int level = heading.getLevel() - topLevel + 1;
    if (roots.isEmpty() && open.isEmpty() && !title.isEmpty()
        && org.annals.model.Folding.nameKey(text).equals(title)) {
      error(heading, "the body repeats the paper's title as a heading",
          "the title comes from the front matter: remove this heading");
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
          "use " + "#".repeat(open.size() + topLevel) + " here, or add the section above it");
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
            "a section numbered like " + number.get() + " takes " + "#".repeat(depth + topLevel - 1)
                + " (one # more per level)");
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
    Draft draft = new Draft(number, title, slug, level, source.positionOf(bodyOffset + heading.getStartOffset()));
    (open.isEmpty() ? roots : open.get(open.size() - 1).children).add(draft);
    open.add(draft);
  }

  private void referenceBlock(Node block, ReferenceParser parser) {
    if (bibliography) {
      error(block, "the paper's references come from its bibliography file",
          "leave the References section empty, or drop the bibliography field and list the works here");
      return;
    }
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

  private void addReference(Reference reference) {
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

  private void error(Node node, String message, String hint) {
    diagnostics.error(source, bodyOffset + node.getStartOffset(), message, hint);
    reportedOrphan = true; // text after a refused heading belongs to it: one error is enough
  }
}

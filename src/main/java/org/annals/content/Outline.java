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
  private static final Pattern NUMBER_ONLY = Pattern.compile("\\d+(?:\\.\\d+)*\\.?");
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
    outline.checkFilled(outline.roots);
    if (outline.roots.isEmpty() && !outline.reportedOrphan) {
      diagnostics.error(source, Math.min(bodyOffset, source.text().length()), "the paper has no sections",
          "write its text under numbered headings: '## 1. Introduction', then '## 2. …'");
    }
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
    // A fence's first line starts with a colon: any other paragraph is not made a string.
    CharSequence chars = block.getChars();
    int first = 0;
    while (first < chars.length() && Character.isWhitespace(chars.charAt(first))) {
      first++;
    }
    if (first < chars.length() && chars.charAt(first) != ':') {
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
    if (NUMBER_ONLY.matcher(text.strip()).matches()) {
      error(heading, "heading '" + text.strip() + "' is only a number", "give the section a title: "
          + "#".repeat(heading.getLevel()) + " " + text.strip() + (text.strip().endsWith(".") ? "" : ".") + " Results");
      return;
    }
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
      if (!followsInOrder(heading, number.get())) {
        return;
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

  /** Every section has text or subsections: a heading alone is an error at the heading. */
  private void checkFilled(List<Draft> drafts) {
    for (Draft draft : drafts) {
      if (draft.blocks.isEmpty() && draft.children.isEmpty()) {
        diagnostics.error(draft.position, source, "section " + draft.number.map(n -> n + " ").orElse("")
            + "'" + draft.title + "' has no text", "write its text under the heading, or remove the heading");
      }
      checkFilled(draft.children);
    }
  }

  /**
   * Whether a section's number follows its previous sibling's (1, 2, 3, … or 2.1, 2.2, …); else
   * an error that says how it breaks the order: a repeat, a restart, a step back or a gap.
   */
  private boolean followsInOrder(Heading heading, String number) {
    List<Draft> siblings = open.isEmpty() ? roots : open.get(open.size() - 1).children;
    Draft previous = null;
    for (int i = siblings.size() - 1; i >= 0 && previous == null; i--) {
      if (siblings.get(i).number.isPresent()) {
        previous = siblings.get(i);
      }
    }
    String prefix = number.contains(".") ? number.substring(0, number.lastIndexOf('.') + 1) : "";
    int n = lastPart(number);
    if (previous == null) {
      if (n > 1) {
        error(heading, "section " + number + " is the first " + (prefix.isEmpty() ? "section" : "in section "
            + prefix.substring(0, prefix.length() - 1)) + ", but " + prefix + "1 is missing",
            "number the sections from " + prefix + "1");
        return false;
      }
      return true;
    }
    String before = previous.number.get();
    int p = lastPart(before);
    if (n == p + 1) {
      return true;
    }
    if (n == p) {
      error(heading, "section " + number + " appears twice", "the first is at line " + previous.position.line()
          + "; give this one the next number, " + prefix + (p + 1));
    } else if (n < p) {
      error(heading, "section " + number + " comes after section " + before + (n <= 1 ? ": the numbering restarts"
          : ": the numbers go backwards"), "number the sections in order; this one would be " + prefix + (p + 1));
    } else {
      error(heading, "section " + number + " follows section " + before + ", but " + prefix + (p + 1)
          + " is missing", "number the sections without gaps; this one would be " + prefix + (p + 1));
    }
    return false;
  }

  private static int lastPart(String number) {
    String last = number.substring(number.lastIndexOf('.') + 1);
    return last.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(last);
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

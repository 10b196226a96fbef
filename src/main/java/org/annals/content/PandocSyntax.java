package org.annals.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's Markdown that CommonMark reads otherwise, put right in the parsed document before
 * anything looks at it: inline notes {@code ^[…]} become footnotes; a table's caption, a paragraph
 * {@code Table: …} or {@code : …} next to it, becomes its {@link Caption}; and a code block's
 * attributes ({@code {.r}}, Quarto's {@code {python}}) give its language. Every node keeps its
 * source offsets, so citations and diagnostics in them work as anywhere else.
 */
final class PandocSyntax {
  /** A table caption's first words: {@code Table:}, {@code table:} or {@code :}. */
  private static final Pattern CAPTION_START = Pattern.compile("(?:[Tt]able)?:\\s+");
  /** Attributes at the end of a caption: {@code {#tbl-data}}, {@code {.striped}}; not TeX's {@code \\label{…}}. */
  private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("(?<!\\\\[a-zA-Z]{1,20})\\s*\\{(\\s*[#.][^{}]*)}\\s*$");
  private static final Pattern ID = Pattern.compile("#([\\w:.-]+)");
  /** A code block's language among its attributes: the first class, or Quarto's bare {@code {r}}. */
  private static final Pattern CLASS = Pattern.compile("(?:^|[\\s{])\\.([\\w+#-]+)");
  private static final Pattern BARE_LANGUAGE = Pattern.compile("^\\{\\s*=?([A-Za-z][\\w+#-]*)");

  private PandocSyntax() {}

  /**
   * A table's caption, drawn as the table's first child.
   */
  static final class Caption extends Node {
    /** The label written in the caption's attributes ({@code {#tbl-data}}), or null. */
    final String label;

    Caption(BasedSequence chars, String label) {
      super(chars);
      this.label = label;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** Rewrites the document in place. */
  static void rewrite(Document document) {
    List<Node> nodes = new ArrayList<>();
    document.getDescendants().forEach(nodes::add);
    for (Node node : nodes) {
      if (node instanceof TableBlock table) {
        caption(table);
      } else if (node instanceof FencedCodeBlock code) {
        language(code);
      } else if (node instanceof Text text && text.getParent() != null) {
        inlineNotes(document, text);
      }
    }
  }

  /** Takes the caption next to a table, after it or else before it, into the table. */
  private static void caption(TableBlock table) {
    if (table.getFirstChild() instanceof Caption) {
      return;
    }
    Node after = table.getNext();
    Node before = table.getPrevious();
    Node block = captionBlock(after) != null ? after : captionBlock(before) != null ? before : null;
    if (block == null) {
      return;
    }
    Paragraph paragraph = captionBlock(block);
    if (paragraph == block) {
      Text first = (Text) paragraph.getFirstChild();
      Matcher start = CAPTION_START.matcher(first.getChars());
      start.lookingAt();
      cut(first, start.end(), first.getChars().length());
    }
    String label = null;
    if (paragraph.getLastChild() instanceof Text last) {
      Matcher attributes = TRAILING_ATTRIBUTES.matcher(last.getChars());
      if (attributes.find()) {
        Matcher id = ID.matcher(attributes.group(1));
        label = id.find() ? PandocCitationScanner.label(id.group(1)) : null;
        cut(last, 0, attributes.start());
      }
    }
    Caption caption = new Caption(paragraph.getChars(), label);
    moveChildren(paragraph, caption);
    table.prependChild(caption);
    int start = Math.min(table.getStartOffset(), block.getStartOffset());
    int end = Math.max(table.getEndOffset(), block.getEndOffset());
    table.setChars(table.getChars().baseSubSequence(start, end));
    block.unlink();
  }

  /** The paragraph of a block that is a table caption, or null. */
  private static Paragraph captionBlock(Node block) {
    if (block instanceof DefinitionItem item && item.getParent() instanceof Document
        && item.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null) {
      return paragraph;
    }
    if (block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text first) {
      Matcher start = CAPTION_START.matcher(first.getChars());
      return start.lookingAt() && start.end() < first.getChars().length() ? paragraph : null;
    }
    return null;
  }

  /** Moves every child of {@code from} to the end of {@code to}, each with its new parent. */
  private static void moveChildren(Node from, Node to) {
    for (Node child = from.getFirstChild(); child != null; child = from.getFirstChild()) {
      child.unlink();
      to.appendChild(child);
    }
  }

  /** Keeps {@code [from, to)} of a text node's characters; removes the node when nothing is left. */
  private static void cut(Text text, int from, int to) {
    if (from >= to) {
      text.unlink();
    } else {
      text.setChars(text.getChars().subSequence(from, to));
    }
  }

  /** A code block's language from pandoc's attributes in its info string: {@code {.r}} is R. */
  private static void language(FencedCodeBlock code) {
    BasedSequence info = code.getInfo();
    if (info.isEmpty() || info.charAt(0) != '{') {
      return;
    }
    Matcher m = CLASS.matcher(info);
    if (!m.find()) {
      m = BARE_LANGUAGE.matcher(info);
      if (!m.find()) {
        code.setInfo(info.subSequence(0, 0));
        return;
      }
    }
    code.setInfo(info.subSequence(m.start(1), m.end(1)));
  }

  /**
   * Pandoc's inline notes in a text node, {@code text^[The note.]}: each becomes a footnote
   * reference and, at the end of the document, the footnote. CommonMark reads the brackets as text
   * or as a reference link, and the note may hold markup, citations and brackets of its own; the
   * note runs to the bracket that closes the first one.
   */
  private static void inlineNotes(Document document, Text text) {
    BasedSequence chars = text.getChars();
    BasedSequence base = chars.getBaseSequence();
    for (int i = 0; i < chars.length(); i++) {
      int caret = text.getStartOffset() + i;
      if (chars.charAt(i) != '^' || i > 0 && chars.charAt(i - 1) == '\\' || caret + 1 >= base.length()
          || base.charAt(caret + 1) != '[') {
        continue;
      }
      int close = closingBracket(base, caret + 1, text.getParent().getEndOffset());
      if (close >= 0 && note(document, text, caret, close)) {
        return;
      }
    }
  }

  /** The offset of the bracket that closes the one at {@code open}, before {@code end}; or -1. */
  private static int closingBracket(BasedSequence base, int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      char c = base.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Makes the note from the caret at {@code caret} to the bracket at {@code close} a footnote, when
   * the nodes between split there; returns whether it did.
   */
  private static boolean note(Document document, Text text, int caret, int close) {
    int open = caret + 1;
    Node last = text;
    while (last != null && last.getEndOffset() <= close) {
      last = last.getNext();
    }
    if (last == null) {
      return false;
    }
    boolean wholeRef = last instanceof LinkRef && last.getStartOffset() == open && last.getEndOffset() == close + 1;
    if (!(last instanceof Text) && !wholeRef) {
      return false;
    }
    BasedSequence base = text.getChars().getBaseSequence();
    Paragraph paragraph = new Paragraph(base.subSequence(open + 1, close));
    Text after = null;
    if (last == text) {
      add(paragraph, base, open + 1, close);
      if (close + 1 < text.getEndOffset()) {
        after = new Text(base.subSequence(close + 1, text.getEndOffset()));
      }
    } else {
      add(paragraph, base, open + 1, text.getEndOffset());
      for (Node node = text.getNext(); node != last; node = text.getNext()) {
        node.unlink();
        paragraph.appendChild(node);
      }
      if (wholeRef) {
        moveChildren(last, paragraph);
        last.unlink();
      } else {
        add(paragraph, base, last.getStartOffset(), close);
        cut((Text) last, close + 1 - last.getStartOffset(), last.getChars().length());
      }
    }
    FootnoteBlock block = new FootnoteBlock(paragraph.getChars());
    block.setText(paragraph.getChars());
    block.appendChild(paragraph);
    document.appendChild(block);
    Footnote note = new Footnote(base.subSequence(caret, close + 1));
    note.setOpeningMarker(base.subSequence(caret, caret + 2));
    note.setText(paragraph.getChars());
    note.setClosingMarker(base.subSequence(close, close + 1));
    note.setFootnoteBlock(block);
    text.insertAfter(note);
    if (after != null) {
      note.insertAfter(after);
    }
    cut(text, 0, caret - text.getStartOffset());
    if (after != null) {
      inlineNotes(document, after);
    }
    return true;
  }

  /** Appends the text {@code [from, to)} of the source to a paragraph, if there is any. */
  private static void add(Paragraph paragraph, BasedSequence base, int from, int to) {
    if (from < to) {
      paragraph.appendChild(new Text(base.subSequence(from, to)));
    }
  }
}

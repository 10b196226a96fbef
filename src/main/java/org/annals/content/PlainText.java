package org.annals.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;

/**
 * The text of a parsed node as a reader sees it, without markup, on one line: runs of white space
 * become one space, blocks and table cells are set apart by a space, link text and image
 * descriptions count, and raw HTML counts as the text it is shown as; bare URLs do not. Records where given source offsets (the
 * citations' starts and ends) fall in the text.
 */
final class PlainText {
  private final StringBuilder out = new StringBuilder();
  private boolean spaceDue;
  private Node root;
  /** Source offsets to find, sorted, and where each fell in the text ({@code -1} until found). */
  private final int[] offsets;
  private final int[] positions;

  private PlainText(int[] offsets) {
    this.offsets = offsets;
    this.positions = new int[offsets.length];
    Arrays.fill(positions, -1);
  }

  /** The text of {@code node}. */
  static String of(Node node) {
    PlainText text = new PlainText(new int[0]);
    text.root = node;
    text.visit(node);
    return text.out.toString();
  }

  /**
   * The text of {@code node}, and where each of {@code offsets} (sorted source offsets of the
   * node's plain text) falls in it.
   */
  static Located locate(Node node, int[] offsets) {
    PlainText text = new PlainText(offsets);
    text.root = node;
    text.visit(node);
    return new Located(text.out.toString(), text.positions);
  }

  /**
   * A text with the positions of source offsets in it.
   *
   * @param text the text
   * @param positions for each offset asked for, its index in {@code text}
   */
  record Located(String text, int[] positions) {}

  private void visit(Node node) {
    if (node instanceof Text) {
      text(node.getChars(), node.getStartOffset());
    } else if (node instanceof MathNodes.InlineMath math) {
      append(math.tex);
    } else if (node instanceof MathNodes.DisplayMath math) {
      spaceDue = true;
      append(math.tex);
      spaceDue = true;
    } else if (node instanceof com.vladsch.flexmark.ext.footnotes.Footnote
        || node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock && node != root) {
      return; // a footnote's text is its own block
    } else if (node instanceof HtmlEntity) {
      append(Markdown.unescaped(node.getChars()));
    } else if (node instanceof Code code) {
      append(code.getText().toString());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      spaceDue = true;
    } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      spaceDue = true;
      append(((Block) node).getContentChars().toString());
      spaceDue = true;
    } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && !ref.isDefined() && ref.getFirstChild() != null) {
      // an undefined reference link, such as pandoc's [@key], is text with its brackets
      int start = ref.getStartOffset();
      text(ref.getChars().subSequence(0, ref.getFirstChild().getStartOffset() - start), start);
      for (Node child = ref.getFirstChild(); child != null; child = child.getNext()) {
        visit(child);
      }
      int last = ref.getLastChild().getEndOffset();
      text(ref.getChars().subSequence(last - start, ref.getChars().length()), last);
    } else if (node instanceof HtmlInlineBase) {
      // raw HTML is shown as text, so it is text
      append(node.getChars().toString());
    } else if (node instanceof HtmlBlockBase) {
      spaceDue = true;
      append(node.getChars().toString());
      spaceDue = true;
    } else if (node instanceof AutoLink || node instanceof MailLink || node instanceof TableSeparator) {
      return;
    } else {
      boolean apart = node instanceof Block || node instanceof com.vladsch.flexmark.ext.tables.TableCell;
      spaceDue |= apart;
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        visit(child);
      }
      spaceDue |= apart;
    }
  }

  /** A text node's characters, unescaped, noting where the asked-for offsets fall. */
  private void text(BasedSequence chars, int start) {
    int end = start + chars.length();
    int from = start;
    int i = Arrays.binarySearch(offsets, start);
    i = i >= 0 ? i : -i - 1;
    while (i > 0 && offsets[i - 1] == start) {
      i--;
    }
    for (; i < offsets.length && offsets[i] <= end; i++) {
      if (positions[i] >= 0) {
        continue;
      }
      append(Markdown.unescaped(chars.subSequence(from - start, offsets[i] - start)));
      // A citation's text starts after the space that is due before it.
      positions[i] = out.length() + (spaceDue && out.length() > 0 ? 1 : 0);
      from = offsets[i];
    }
    append(Markdown.unescaped(chars.subSequence(from - start, end - start)));
  }

  /** Appends text (LaTeX labels left out) with every run of white space made one space and none at the start. */
  private void append(String written) {
    String text = written.indexOf('\\') < 0 ? written : Markdown.LATEX_LABEL.matcher(written).replaceAll("");
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (isSpace(text.charAt(i))) {
        spaceDue = true;
        i++;
        continue;
      }
      // A run of other characters goes in whole.
      int run = i + 1;
      while (run < length && !isSpace(text.charAt(run))) {
        run++;
      }
      if (spaceDue && out.length() > 0) {
        out.append(' ');
      }
      spaceDue = false;
      out.append(text, i, run);
      i = run;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}

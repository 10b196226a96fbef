package org.annals.content;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of plain text in a block, where citations and cross-references may stand: adjacent text
 * nodes and soft line breaks, as source ranges. Code, links, raw HTML and maths hold none.
 */
final class TextRuns {
  private TextRuns() {}

  /** The source ranges {@code [start, end)} of the block's runs of plain text, in order. */
  static List<int[]> of(Node block) {
    List<int[]> spans = new ArrayList<>();
    if (holdsText(block)) {
      collect(block, spans);
    }
    return spans;
  }

  private static void collect(Node parent, List<int[]> spans) {
    int runStart = -1;
    int runEnd = -1;
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      boolean plain = child instanceof Text || child instanceof SoftLineBreak;
      if (plain && runStart >= 0 && child.getStartOffset() == runEnd) {
        runEnd = child.getEndOffset();
      } else {
        if (runStart >= 0) {
          spans.add(new int[] {runStart, runEnd});
          runStart = -1;
        }
        if (plain) {
          runStart = child.getStartOffset();
          runEnd = child.getEndOffset();
        } else if (holdsText(child)) {
          collect(child, spans);
        }
      }
    }
    if (runStart >= 0) {
      spans.add(new int[] {runStart, runEnd});
    }
  }

  /**
   * The offsets of a block that belong to plain text: text nodes and line breaks, outside code,
   * links, raw HTML and maths; an undefined reference link such as pandoc's {@code [@key]} is text
   * with its brackets, as CommonMark has it.
   */
  static OffsetBits mask(Node block) {
    OffsetBits mask = new OffsetBits(block.getStartOffset());
    mark(block, mask);
    return mask;
  }

  private static void mark(Node node, OffsetBits mask) {
    if (node instanceof Text || node instanceof SoftLineBreak) {
      mask.set(node.getStartOffset(), node.getEndOffset());
      return;
    }
    if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && !ref.isDefined()) {
      // Its brackets are text, and so is what they hold, except code, maths or links inside.
      if (ref.getFirstChild() == null) {
        mask.set(node.getStartOffset(), node.getEndOffset());
        return;
      }
      mask.set(node.getStartOffset(), ref.getFirstChild().getStartOffset());
      mask.set(ref.getLastChild().getEndOffset(), node.getEndOffset());
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        mark(child, mask);
      }
      return;
    }
    if (!holdsText(node)) {
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      mark(child, mask);
    }
  }

  /**
   * The block's source text with everything that is not plain text (markup, code, links) turned to
   * spaces, so that text around emphasis reads as one: {@code (*TESS*, Ricker, 2015)}. Offsets stay
   * those of the source.
   */
  static String plainSource(String body, Node block) {
    OffsetBits mask = mask(block);
    char[] chars = body.substring(block.getStartOffset(), block.getEndOffset()).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (!mask.get(block.getStartOffset() + i) && chars[i] != '\n') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** Whether a node's text may hold citations: not code, links, raw HTML or maths (an image's caption may). */
  static boolean holdsText(Node node) {
    if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof com.vladsch.flexmark.ast.ImageRef) {
      return true;
    }
    return !(node instanceof com.vladsch.flexmark.ast.Code
        || node instanceof com.vladsch.flexmark.ast.LinkNodeBase
        || node instanceof com.vladsch.flexmark.ast.AutoLink
        || node instanceof com.vladsch.flexmark.ast.MailLink
        || node instanceof com.vladsch.flexmark.ast.HtmlInlineBase
        || node instanceof com.vladsch.flexmark.ast.HtmlBlockBase
        || node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
        || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
        || node instanceof MathNodes.InlineMath
        || node instanceof MathNodes.DisplayMath);
  }
}
